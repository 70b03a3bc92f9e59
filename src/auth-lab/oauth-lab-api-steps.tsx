import { oauthLab } from '@messages/oauth-lab';
import { richText } from '../messages/rich-text';
import type { CallbackResult } from './authorize-request';
import { ExchangeView } from './exchange-view';
import { countdown } from './human-time';
import { decodeJwt } from './jwt-decode';
import { oauthErrorOf } from './oauth-requests';
import { Step } from './step';
import { TokenView } from './token-view';
import type { useOauthFlow } from './use-oauth-flow';

type Flow = ReturnType<typeof useOauthFlow>;
const m = oauthLab;

/** Steps 4–8, the back channel: code for tokens, the token read, API calls, rotation and reuse detection. */
export function ApiSteps({ flow, callback, nowSeconds, onClockMoved }: { flow: Flow; callback: CallbackResult | null; nowSeconds: number; onClockMoved: () => void }) {
  const { session } = flow;
  const code = callback?.kind === 'code' ? callback.code : null;
  const decoded = session.tokens ? decodeJwt(session.tokens.access_token) : null;
  const exp = decoded?.ok && typeof decoded.claims.exp === 'number' ? decoded.claims.exp : null;
  const rotated = session.refresh !== null && session.retiredRefreshToken !== null;

  return (
    <>
      <Step n={4} title={m.step4.title} status={session.token ? (session.tokens && session.token.response.status === 200 ? 'done' : 'failed') : 'todo'}>
        <p>
          {richText(m.step4.text, { endpoint: <code>{'POST /oauth/token'}</code>, header: <code>{'Cache-Control: no-store'}</code> })}
        </p>
        <button type="button" className="primary" onClick={() => code && void flow.exchange(code)} disabled={flow.busy || !code}>
          {m.step4.exchange}
        </button>
        {session.token && <ExchangeView exchange={session.token} label={m.step4.exchangeLabel} testId="token-response" />}
      </Step>

      <Step n={5} title={m.step5.title} status={decoded?.ok ? 'done' : 'todo'}>
        <p>
          {m.step5.text}
        </p>
        {exp !== null && (
          <p className="al-countdown" data-testid="access-countdown">
            {exp > nowSeconds ? (
              richText(m.step5.expiresIn, { time: <strong>{countdown(exp - nowSeconds)}</strong> })
            ) : (
              <strong>{m.step5.expired}</strong>
            )}
          </p>
        )}
        {decoded?.ok && <TokenView header={decoded.header} claims={decoded.claims} nowSeconds={nowSeconds} idPrefix="al-access" />}
        {decoded?.ok && (
          <>
            <p>
              {richText(m.step5.expiryHint, { status: <code>{'401 invalid_token'}</code> })}
            </p>
            <button type="button" onClick={() => void flow.expireAccessToken().then(onClockMoved)} disabled={flow.busy}>
              {m.step5.moveClock}
            </button>
            {session.clockMove && <ExchangeView exchange={session.clockMove} label={m.step5.clockLabel} testId="clock-response" />}
          </>
        )}
      </Step>

      <Step n={6} title={m.step6.title} status={session.me ? (session.me.response.status === 200 ? 'done' : 'failed') : 'todo'}>
        <p>
          {richText(m.step6.text, {
            header: <code>{'Authorization: Bearer …'}</code>,
            me: <code>{'/api/v1/me'}</code>,
            notFound: <code>{'404'}</code>,
            forbidden: <code>{'403'}</code>,
          })}
        </p>
        <button type="button" className="primary" onClick={() => void flow.callApis()} disabled={flow.busy || !session.tokens}>
          {m.step6.call}
        </button>
        {session.me && <ExchangeView exchange={session.me} label={m.step6.meLabel} testId="me-response" />}
        {session.tenant && <ExchangeView exchange={session.tenant} label={m.step6.tenantLabel} testId="tenant-response" />}
        {session.otherTenant && <ExchangeView exchange={session.otherTenant} label={m.step6.otherTenantLabel} testId="other-tenant-response" />}
      </Step>

      <Step n={7} title={m.step7.title} status={session.refresh ? (rotated ? 'done' : 'failed') : 'todo'}>
        <p>
          {richText(m.step7.text, { emphasis: <em>{m.step7.emphasis}</em> })}
        </p>
        <button type="button" className="primary" onClick={() => void flow.refresh()} disabled={flow.busy || !session.tokens}>
          {m.step7.refresh}
        </button>
        {session.refresh && <ExchangeView exchange={session.refresh} label={m.step7.refreshLabel} testId="refresh-response" />}
      </Step>

      <Step n={8} title={m.step8.title} status={session.replayOld ? (oauthErrorOf(session.replayOld)?.error === 'invalid_grant' ? 'done' : 'failed') : 'todo'}>
        <p>
          {m.step8.text}
        </p>
        <button type="button" className="primary" onClick={() => void flow.replay()} disabled={flow.busy || !rotated}>
          {m.step8.replay}
        </button>
        {session.replayOld && <ExchangeView exchange={session.replayOld} label={m.step8.replayLabel} testId="replay-old-response" />}
        {session.replayNew && (
          <>
            <p>{m.step8.thenNewest}</p>
            <ExchangeView exchange={session.replayNew} label={m.step8.newestLabel} testId="replay-new-response" />
          </>
        )}
      </Step>
    </>
  );
}
