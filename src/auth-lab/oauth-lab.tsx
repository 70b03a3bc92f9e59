import { useEffect } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { readCallback } from './authorize-request';
import { OauthLog } from './oauth-log';
import { ApiSteps } from './oauth-lab-api-steps';
import { FrontChannelSteps } from './oauth-lab-front-steps';
import { useOauthFlow } from './use-oauth-flow';
import { useSandboxClock } from './use-sandbox-clock';
import { oauthLab as m } from '@messages/oauth-lab';
import { richText } from '../messages/rich-text';
import './auth-lab.css';

/**
 * `/labs/oauth` and `/labs/oauth/callback`: the authorization code flow with PKCE, one
 * step at a time, against the sandbox's own authorization server. Every step shows the
 * exact request and response, and the server's own log of the flow sits beside them.
 */
export default function OauthLab() {
  const [path, navigate] = useLocation();
  const search = useSearch();
  const flow = useOauthFlow();
  const clock = useSandboxClock();
  const onCallback = path === '/labs/oauth/callback';
  const callback = onCallback ? readCallback(search, flow.session.state) : null;

  useEffect(() => {
    document.title = m.documentTitle;
  }, []);

  return (
    <div className="page al-page al-lab">
      <h1>{m.title}</h1>
      <p className="al-intro">
        {richText(m.intro, { client: <code>{'workbench-lab'}</code>, chapter: <Link href="/chapters/auth">{m.chapterLink}</Link> })}
      </p>
      <p className="muted al-note">
        {m.memoryNote}
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {flow.busy ? m.sending : flow.problem ?? ''}
      </div>
      {flow.problem && (
        <p className="error-box" role="alert">
          {flow.problem}
        </p>
      )}
      <div className="al-actions">
        <button
          type="button"
          onClick={() => {
            flow.restart();
            navigate('/labs/oauth');
          }}
          disabled={flow.busy}
        >
          {m.startNewFlow}
        </button>
        <span className="muted">
          {m.clockSource(clock.source === 'sandbox' ? 'sandbox' : 'browser')}
        </span>
      </div>
      <FrontChannelSteps flow={flow} callback={callback} />
      <ApiSteps flow={flow} callback={callback} nowSeconds={clock.nowSeconds} onClockMoved={() => void clock.sync()} />
      <OauthLog refreshKey={[flow.session.authorize, flow.session.token, flow.session.refresh, flow.session.replayNew].filter(Boolean).length} />
    </div>
  );
}
