import { useEffect } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { readCallback } from './authorize-request';
import { OauthLog } from './oauth-log';
import { ApiSteps } from './oauth-lab-api-steps';
import { FrontChannelSteps } from './oauth-lab-front-steps';
import { useOauthFlow } from './use-oauth-flow';
import { useSandboxClock } from './use-sandbox-clock';
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
    document.title = 'OAuth 2.0 + PKCE lab · API Design Workbench';
  }, []);

  return (
    <div className="page al-page al-lab">
      <h1>OAuth 2.0 with PKCE, step by step</h1>
      <p className="al-intro">
        Sign in to the sandbox’s authorization server as one of its demo users, get an access token and a refresh token,
        use them, rotate them, and watch reuse detection revoke a stolen refresh token. The client here is{' '}
        <code>workbench-lab</code>, a public client: it runs in your browser and has no secret, which is exactly the case
        PKCE was made for. <Link href="/chapters/auth">Chapter 6</Link> explains each decision.
      </p>
      <p className="muted al-note">
        The sandbox runs in this tab’s memory. Redirects that come back to this app are followed inside the app, so the
        authorization server keeps its pending requests and codes; a page reload starts a fresh sandbox and a new flow.
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {flow.busy ? 'Sending…' : flow.problem ?? ''}
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
          Start a new flow
        </button>
        <span className="muted">
          Times use the {clock.source === 'sandbox' ? 'sandbox’s clock' : 'browser’s clock (the sandbox clock could not be read)'}.
        </span>
      </div>
      <FrontChannelSteps flow={flow} callback={callback} />
      <ApiSteps flow={flow} callback={callback} nowSeconds={clock.nowSeconds} onClockMoved={() => void clock.sync()} />
      <OauthLog refreshKey={[flow.session.authorize, flow.session.token, flow.session.refresh, flow.session.replayNew].filter(Boolean).length} />
    </div>
  );
}
