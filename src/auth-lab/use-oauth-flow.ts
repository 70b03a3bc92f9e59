import { useEffect, useState } from 'react';
import { authorizePath, LAB_CLIENT_ID, LAB_SCOPES, labRedirectUri } from './authorize-request';
import { clearPending, loadPending, savePending } from './flow-storage';
import { EMPTY_SESSION, loadSession, storeSession, type FlowSession } from './flow-session';
import { decodeJwt } from './jwt-decode';
import { sendRecorded } from './http-exchange';
import { callApi, exchangeCode, refreshTokens, requestAuthorization, tokenSetOf } from './oauth-requests';
import { makeCodeVerifier, makeState, s256Challenge } from './pkce';
import { oauthLab } from '@messages/oauth-lab';

const m = oauthLab.problems;

/** The sandbox's other demo tenant, for the isolation call. */
function otherTenantOf(tenantId: string): string {
  return tenantId === 'ten_globex' ? 'ten_acme' : 'ten_globex';
}

/** The lab's flow: its recorded steps and one action per step. Each action records what was sent and answered. */
export function useOauthFlow() {
  const [session, setSession] = useState<FlowSession>(() => {
    const remembered = loadSession();
    const pending = loadPending();
    // Back from the consent page: the PKCE pair comes from sessionStorage, which survives the round trip.
    return pending && !remembered.verifier ? { ...remembered, verifier: pending.verifier, challenge: pending.challenge, state: pending.state } : remembered;
  });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => storeSession(session), [session]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(m.unreachable(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  /** Step 1: a new verifier, its S256 challenge and a state, remembered in sessionStorage. */
  const makePkce = () =>
    run(async () => {
      const verifier = makeCodeVerifier();
      const challenge = await s256Challenge(verifier);
      const state = makeState();
      const path = authorizePath({ clientId: LAB_CLIENT_ID, redirectUri: labRedirectUri(location.origin), scopes: LAB_SCOPES, state, codeChallenge: challenge });
      if (!savePending({ verifier, challenge, state, authorizePath: path }))
        setProblem(m.storageBlocked);
      setSession({ ...EMPTY_SESSION, verifier, challenge, state });
    });

  /** Step 2: sends the browser to the authorize URL; returns where the authorization server redirected it. */
  const authorize = async (): Promise<string | null> => {
    const pending = loadPending();
    if (!pending) {
      setProblem(m.noVerifier);
      return null;
    }
    let target: string | null = null;
    await run(async () => {
      const exchange = await requestAuthorization(pending.authorizePath);
      setSession((s) => ({ ...s, authorize: exchange }));
      target = exchange.response.redirectedTo;
    });
    return target;
  };

  /** Step 4: trades the code and the verifier for tokens; the verifier is then forgotten (the code is single use). */
  const exchange = (code: string) =>
    run(async () => {
      const verifier = session.verifier ?? loadPending()?.verifier;
      if (!verifier) {
        setProblem(m.verifierGone);
        return;
      }
      const answer = await exchangeCode(code, verifier, location.origin);
      const tokens = tokenSetOf(answer);
      if (tokens) clearPending();
      setSession((s) => ({ ...s, token: answer, tokens: tokens ?? s.tokens }));
    });

  /** Step 6: GET /api/v1/me, the token's tenant's projects, and the other tenant's (which must answer 404). */
  const callApis = () =>
    run(async () => {
      const token = session.tokens?.access_token;
      if (!token) return;
      const me = await callApi('/api/v1/me', token);
      const decoded = decodeJwt(token);
      const tenantId = decoded.ok && typeof decoded.claims.tid === 'string' ? decoded.claims.tid : 'ten_acme';
      const tenant = await callApi(`/api/v1/tenants/${encodeURIComponent(tenantId)}/projects`, token);
      const otherTenant = await callApi(`/api/v1/tenants/${otherTenantOf(tenantId)}/projects`, token);
      setSession((s) => ({ ...s, me, tenant, otherTenant }));
    });

  /** Step 5's experiment: moves the sandbox clock past the access token's 15 minutes (the refresh token has 7 days). */
  const expireAccessToken = () =>
    run(async () => {
      const clockMove = await sendRecorded('PUT', '/api/v1/sandbox/clock', { 'Content-Type': 'application/json' }, JSON.stringify({ advance_seconds: 16 * 60 }));
      setSession((s) => ({ ...s, clockMove }));
    });

  /** Step 7: rotates the refresh token; the old one is kept only to show that it is now dead. */
  const refresh = () =>
    run(async () => {
      const old = session.tokens?.refresh_token;
      if (!old) return;
      const answer = await refreshTokens(old);
      const tokens = tokenSetOf(answer);
      setSession((s) => ({ ...s, refresh: answer, tokens: tokens ?? s.tokens, retiredRefreshToken: tokens ? old : s.retiredRefreshToken, replayOld: null, replayNew: null }));
    });

  /** Step 8: replays the retired refresh token (refused, family revoked), then tries the current one (refused too). */
  const replay = () =>
    run(async () => {
      const old = session.retiredRefreshToken;
      const fresh = session.tokens?.refresh_token;
      if (!old || !fresh) return;
      const replayOld = await refreshTokens(old);
      const replayNew = await refreshTokens(fresh);
      setSession((s) => ({ ...s, replayOld, replayNew }));
    });

  /** Forgets everything and starts a new flow. */
  const restart = () => {
    clearPending();
    setProblem(null);
    setSession(EMPTY_SESSION);
  };

  return { session, busy, problem, makePkce, authorize, exchange, callApis, expireAccessToken, refresh, replay, restart };
}
