import { useLocation } from 'wouter';
import { oauthLab } from '@messages/oauth-lab';
import { richText } from '../messages/rich-text';
import { redirectTarget, type CallbackResult } from './authorize-request';
import { ExchangeView } from './exchange-view';
import { loadPending } from './flow-storage';
import { Step } from './step';
import type { useOauthFlow } from './use-oauth-flow';

type Flow = ReturnType<typeof useOauthFlow>;
const m = oauthLab;

/** Steps 1–3, the front channel: PKCE pair, the trip to the authorization server, and the callback's state check. */
export function FrontChannelSteps({ flow, callback }: { flow: Flow; callback: CallbackResult | null }) {
  const [, navigate] = useLocation();
  const { session } = flow;
  const pendingPath = loadPending()?.authorizePath ?? session.authorize?.request.path ?? null;

  async function go() {
    const target = await flow.authorize();
    if (target) {
      const where = redirectTarget(target, location.origin);
      if (where.kind === 'in-app') navigate(where.path);
      else location.assign(where.url);
    }
  }

  return (
    <>
      <Step n={1} title={m.step1.title} status={session.verifier ? 'done' : 'todo'}>
        <p>
          {richText(m.step1.secret, {
            verifier: <strong>{m.step1.verifier}</strong>,
            random: <code>{'crypto.getRandomValues'}</code>,
            challenge: <strong>{m.step1.challenge}</strong>,
            s256: <code>{'S256'}</code>,
            plain: <code>{'plain'}</code>,
          })}
        </p>
        <p>
          {richText(m.step1.storage, { storage: <strong>{'sessionStorage'}</strong> })}
        </p>
        <button type="button" className="primary" onClick={() => void flow.makePkce()} disabled={flow.busy}>
          {session.verifier ? m.step1.makeNew : m.step1.make}
        </button>
        {session.verifier && (
          <dl className="al-pairs">
            <dt>{m.step1.verifierTerm}</dt>
            <dd>
              <code data-testid="code-verifier">{session.verifier}</code>
            </dd>
            <dt>{m.step1.challengeTerm}</dt>
            <dd>
              <code data-testid="code-challenge">{session.challenge}</code>
            </dd>
            <dt>{m.step1.stateTerm}</dt>
            <dd>
              <code>{session.state}</code>
            </dd>
          </dl>
        )}
      </Step>

      <Step n={2} title={m.step2.title} status={session.authorize ? (session.authorize.response.redirectedTo ? 'done' : 'failed') : 'todo'}>
        <p>
          {m.step2.text}
        </p>
        {pendingPath && (
          <pre className="al-url" tabIndex={0} data-testid="authorize-url">
            {`GET ${pendingPath.replace('?', '\n  ?').replace(/&/g, '\n  &')}`}
          </pre>
        )}
        <button type="button" className="primary" onClick={() => void go()} disabled={flow.busy || !loadPending()}>
          {m.step2.go}
        </button>
        {session.authorize && <ExchangeView exchange={session.authorize} label={m.step2.exchangeLabel} testId="authorize-response" />}
      </Step>

      <Step n={3} title={m.step3.title} status={!callback || callback.kind === 'empty' ? 'todo' : callback.kind === 'code' ? 'done' : 'failed'}>
        <p>
          {richText(m.step3.text, { callback: <code>{'/labs/oauth/callback'}</code>, code: <code>{'code'}</code>, state: <code>{'state'}</code> })}
        </p>
        <CallbackOutcome callback={callback} />
      </Step>
    </>
  );
}

function CallbackOutcome({ callback }: { callback: CallbackResult | null }) {
  if (!callback || callback.kind === 'empty') return <p className="muted">{m.step3.notBack}</p>;
  switch (callback.kind) {
    case 'code':
      return (
        <p className="al-check al-check-ok" data-testid="state-check">
          {richText(m.step3.stateMatches, { code: <code>{callback.code}</code> })}
        </p>
      );
    case 'state-mismatch':
      return (
        <p className="al-check al-check-fail" data-testid="state-check">
          {richText(m.step3.stateMismatch, {
            received: callback.received ? <code>{callback.received}</code> : m.step3.missing,
            expected: callback.expected ? <code>{callback.expected}</code> : m.step3.noFlowHere,
          })}
        </p>
      );
    case 'error':
      return (
        <p className="al-check al-check-fail" data-testid="state-check">
          {richText(m.step3.serverError, {
            error: <code>{callback.error}</code>,
            description: callback.description ? `: ${callback.description.replace(/\.$/, '')}` : '',
          })}
        </p>
      );
  }
}
