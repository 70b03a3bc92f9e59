import type { CallbackResult } from './authorize-request';
import { ExchangeView } from './exchange-view';
import { countdown } from './human-time';
import { decodeJwt } from './jwt-decode';
import { oauthErrorOf } from './oauth-requests';
import { Step } from './step';
import { TokenView } from './token-view';
import type { useOauthFlow } from './use-oauth-flow';

type Flow = ReturnType<typeof useOauthFlow>;

/** Steps 4–8, the back channel: code for tokens, the token read, API calls, rotation and reuse detection. */
export function ApiSteps({ flow, callback, nowSeconds, onClockMoved }: { flow: Flow; callback: CallbackResult | null; nowSeconds: number; onClockMoved: () => void }) {
  const { session } = flow;
  const code = callback?.kind === 'code' ? callback.code : null;
  const decoded = session.tokens ? decodeJwt(session.tokens.access_token) : null;
  const exp = decoded?.ok && typeof decoded.claims.exp === 'number' ? decoded.claims.exp : null;
  const rotated = session.refresh !== null && session.retiredRefreshToken !== null;

  return (
    <>
      <Step n={4} title="Exchange the code and the verifier for tokens" status={session.token ? (session.tokens && session.token.response.status === 200 ? 'done' : 'failed') : 'todo'}>
        <p>
          A back-channel <code>POST /oauth/token</code>, form-encoded. The server hashes the verifier and compares it with
          the challenge it stored with the code; the code works once, for one minute, for this client and redirect URI only.
          The answer carries <code>Cache-Control: no-store</code>: tokens must not sit in any cache.
        </p>
        <button type="button" className="primary" onClick={() => code && void flow.exchange(code)} disabled={flow.busy || !code}>
          Exchange the code
        </button>
        {session.token && <ExchangeView exchange={session.token} label="Token request" testId="token-response" />}
      </Step>

      <Step n={5} title="Read the access token" status={decoded?.ok ? 'done' : 'todo'}>
        <p>
          A JWT signed with ES256. Reading it needs no key (it is only base64url); trusting it needs the signature checked
          against the published key set and every claim below checked. Access tokens live 15 minutes; the refresh token,
          7 days.
        </p>
        {exp !== null && (
          <p className="al-countdown" data-testid="access-countdown">
            {exp > nowSeconds ? (
              <>
                Expires in <strong>{countdown(exp - nowSeconds)}</strong>
              </>
            ) : (
              <strong>Expired: the API will now answer 401 invalid_token. Refresh it (step 7).</strong>
            )}
          </p>
        )}
        {decoded?.ok && <TokenView header={decoded.header} claims={decoded.claims} nowSeconds={nowSeconds} idPrefix="al-access" />}
        {decoded?.ok && (
          <>
            <p>
              Want to see expiry without waiting? Move the sandbox’s clock on by 16 minutes, then call the API (step 6):
              it answers <code>401 invalid_token</code>, and a refresh (step 7) still works, because the refresh token has days left.
            </p>
            <button type="button" onClick={() => void flow.expireAccessToken().then(onClockMoved)} disabled={flow.busy}>
              Move the sandbox clock 16 minutes on
            </button>
            {session.clockMove && <ExchangeView exchange={session.clockMove} label="Clock move" testId="clock-response" />}
          </>
        )}
      </Step>

      <Step n={6} title="Call the API with it" status={session.me ? (session.me.response.status === 200 ? 'done' : 'failed') : 'todo'}>
        <p>
          The token goes in <code>Authorization: Bearer …</code>. <code>/api/v1/me</code> shows who the API thinks is
          calling; the tenant route shows the data the token’s tenant and scopes reach. The same route for the other
          tenant answers <code>404</code>, exactly as for a tenant that does not exist: a <code>403</code> would confirm
          that it does.
        </p>
        <button type="button" className="primary" onClick={() => void flow.callApis()} disabled={flow.busy || !session.tokens}>
          Call /api/v1/me and both tenants’ projects
        </button>
        {session.me && <ExchangeView exchange={session.me} label="Me request" testId="me-response" />}
        {session.tenant && <ExchangeView exchange={session.tenant} label="Own tenant request" testId="tenant-response" />}
        {session.otherTenant && <ExchangeView exchange={session.otherTenant} label="Other tenant request" testId="other-tenant-response" />}
      </Step>

      <Step n={7} title="Refresh: rotation" status={session.refresh ? (rotated ? 'done' : 'failed') : 'todo'}>
        <p>
          Each refresh returns a new access token <em>and a new refresh token</em>; the one just used is dead from now on.
          A thief who copied an old refresh token therefore holds something that will soon be detected.
        </p>
        <button type="button" className="primary" onClick={() => void flow.refresh()} disabled={flow.busy || !session.tokens}>
          Refresh the tokens
        </button>
        {session.refresh && <ExchangeView exchange={session.refresh} label="Refresh request" testId="refresh-response" />}
      </Step>

      <Step n={8} title="Replay the old refresh token" status={session.replayOld ? (oauthErrorOf(session.replayOld)?.error === 'invalid_grant' ? 'done' : 'failed') : 'todo'}>
        <p>
          Pretend to be the thief: send the refresh token that step 7 retired. The server sees a spent token come back,
          cannot tell who is the thief and who the user, and revokes the whole family: the newest refresh token fails
          too, and the user signs in again.
        </p>
        <button type="button" className="primary" onClick={() => void flow.replay()} disabled={flow.busy || !rotated}>
          Replay the old refresh token
        </button>
        {session.replayOld && <ExchangeView exchange={session.replayOld} label="Replayed refresh request" testId="replay-old-response" />}
        {session.replayNew && (
          <>
            <p>Then the newest refresh token, which was valid a moment ago:</p>
            <ExchangeView exchange={session.replayNew} label="Newest refresh token after the replay" testId="replay-new-response" />
          </>
        )}
      </Step>
    </>
  );
}
