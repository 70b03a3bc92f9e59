import { useLocation } from 'wouter';
import { redirectTarget, type CallbackResult } from './authorize-request';
import { ExchangeView } from './exchange-view';
import { loadPending } from './flow-storage';
import { Step } from './step';
import type { useOauthFlow } from './use-oauth-flow';

type Flow = ReturnType<typeof useOauthFlow>;

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
      <Step n={1} title="Make a code verifier and its challenge" status={session.verifier ? 'done' : 'todo'}>
        <p>
          The client invents a secret for this one sign-in, the <strong>code verifier</strong> (32 random bytes from{' '}
          <code>crypto.getRandomValues</code>, base64url), and sends only its SHA-256 hash, the <strong>code challenge</strong>.
          At the end it proves it started the flow by revealing the verifier. Someone who intercepts the code on its way
          back has no verifier, and cannot work one out from the challenge. <code>S256</code> is the only method to use:{' '}
          <code>plain</code> would put the verifier itself in the URL.
        </p>
        <p>
          The verifier waits in <strong>sessionStorage</strong>: it must survive the trip to the consent page, belongs to
          this tab only, and disappears with it. It is deleted as soon as the code is exchanged.
        </p>
        <button type="button" className="primary" onClick={() => void flow.makePkce()} disabled={flow.busy}>
          {session.verifier ? 'Make a new pair' : 'Make a verifier and challenge'}
        </button>
        {session.verifier && (
          <dl className="al-pairs">
            <dt>code_verifier (secret, stays here)</dt>
            <dd>
              <code data-testid="code-verifier">{session.verifier}</code>
            </dd>
            <dt>code_challenge = base64url(SHA-256(verifier))</dt>
            <dd>
              <code data-testid="code-challenge">{session.challenge}</code>
            </dd>
            <dt>state (ties the callback to this tab)</dt>
            <dd>
              <code>{session.state}</code>
            </dd>
          </dl>
        )}
      </Step>

      <Step n={2} title="Send the browser to the authorization server" status={session.authorize ? (session.authorize.response.redirectedTo ? 'done' : 'failed') : 'todo'}>
        <p>
          The authorize URL carries the client id, the registered redirect URI, the scopes, the state and the challenge,
          never the verifier. The server checks the client and the redirect URI, remembers the request for ten minutes and
          redirects to its sign-in and consent page.
        </p>
        {pendingPath && (
          <pre className="al-url" tabIndex={0} data-testid="authorize-url">
            {`GET ${pendingPath.replace('?', '\n  ?').replace(/&/g, '\n  &')}`}
          </pre>
        )}
        <button type="button" className="primary" onClick={() => void go()} disabled={flow.busy || !loadPending()}>
          Go to the authorization server
        </button>
        {session.authorize && <ExchangeView exchange={session.authorize} label="Authorize request" testId="authorize-response" />}
      </Step>

      <Step n={3} title="Back at the callback: check state" status={!callback || callback.kind === 'empty' ? 'todo' : callback.kind === 'code' ? 'done' : 'failed'}>
        <p>
          The server sends the browser back to <code>/labs/oauth/callback</code> with a one-time <code>code</code> and the{' '}
          <code>state</code>. A state that does not match the one this tab stored means the callback was not started here
          (a forged link, for example), and its code must not be used.
        </p>
        <CallbackOutcome callback={callback} />
      </Step>
    </>
  );
}

function CallbackOutcome({ callback }: { callback: CallbackResult | null }) {
  if (!callback || callback.kind === 'empty') return <p className="muted">Not back yet.</p>;
  switch (callback.kind) {
    case 'code':
      return (
        <p className="al-check al-check-ok" data-testid="state-check">
          ✓ state matches the one stored in this tab. Code: <code>{callback.code}</code>
        </p>
      );
    case 'state-mismatch':
      return (
        <p className="al-check al-check-fail" data-testid="state-check">
          ✗ state {callback.received ? <code>{callback.received}</code> : '(missing)'} does not match{' '}
          {callback.expected ? <code>{callback.expected}</code> : 'any flow started in this tab'}: this callback is refused.
        </p>
      );
    case 'error':
      return (
        <p className="al-check al-check-fail" data-testid="state-check">
          ✗ The authorization server answered <code>{callback.error}</code>
          {callback.description ? `: ${callback.description.replace(/\.$/, '')}` : ''}. No code was issued.
        </p>
      );
  }
}
