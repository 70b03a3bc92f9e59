import { describe, expect, it } from 'vitest';
import { authorizeRequest, decide, obtainCode, pkcePair, postForm, refresh, signIn, startFlow } from './oauth-helpers';
import { call, testSandbox } from './support';
import { authSandbox } from './tenants-support';

/*
 * The OAuth log (GET/DELETE /api/v1/sandbox/oauth-log) that the flow visualiser draws and the
 * pkce-client grader reads; and the rule that no secret is ever kept in plain text.
 */

describe('GET /api/v1/sandbox/oauth-log', () => {
  it('records each step of a flow, newest first', async () => {
    const sandbox = testSandbox();
    const tokens = await signIn(sandbox);
    await refresh(sandbox, tokens.refresh_token);
    const res = await call(sandbox, 'GET', '/api/v1/sandbox/oauth-log');
    expect(res.status).toBe(200);
    expect(res.body.data.map((entry: { step: string; outcome: string }) => `${entry.step}:${entry.outcome}`)).toEqual(['refresh:ok', 'token:ok', 'decision:ok', 'authorize:ok']);
    expect(res.body.data[0]).toEqual({ at: '2026-03-01T12:00:00.000Z', step: 'refresh', client_id: 'pkce-exercise', outcome: 'ok', detail: expect.any(String) });
    expect(res.body.meta).toEqual({ count: 4, capacity: 200 });
  });

  it('records refusals with their error code: bad PKCE, wrong password, reused code, reused refresh token', async () => {
    const sandbox = testSandbox();
    const { verifier } = await pkcePair();
    await authorizeRequest(sandbox, { response_type: 'code', client_id: 'pkce-exercise', redirect_uri: 'https://client.example/callback', scope: 'orders:read', code_challenge: verifier, code_challenge_method: 'plain' });
    const { requestId } = await startFlow(sandbox);
    await decide(sandbox, requestId, 'ada', 'wrong');
    const grant = await obtainCode(sandbox);
    const form = { grant_type: 'authorization_code', code: grant.code, redirect_uri: grant.redirectUri, client_id: grant.clientId, code_verifier: grant.verifier };
    const tokens = (await postForm(sandbox, '/oauth/token', form)).body;
    await postForm(sandbox, '/oauth/token', form);
    expect((await refresh(sandbox, tokens.refresh_token)).body.error).toBe('invalid_grant'); // revoked with the reused code
    const other = await signIn(sandbox, { login: 'grace' });
    await refresh(sandbox, other.refresh_token);
    await refresh(sandbox, other.refresh_token);
    const outcomes = (await call(sandbox, 'GET', '/api/v1/sandbox/oauth-log')).body.data.map((entry: { step: string; outcome: string }) => `${entry.step}:${entry.outcome}`);
    expect(outcomes).toEqual(expect.arrayContaining(['authorize:invalid_request', 'decision:invalid_credentials', 'token:invalid_grant', 'refresh:refresh_token_reuse']));
    expect(outcomes.filter((outcome: string) => outcome.startsWith('refresh:'))).toEqual(['refresh:refresh_token_reuse', 'refresh:ok', 'refresh:invalid_grant']);
  });

  it('is emptied by DELETE and by a sandbox reset', async () => {
    const sandbox = testSandbox();
    await startFlow(sandbox);
    expect((await call(sandbox, 'DELETE', '/api/v1/sandbox/oauth-log')).status).toBe(204);
    expect((await call(sandbox, 'GET', '/api/v1/sandbox/oauth-log')).body.data).toEqual([]);
    await startFlow(sandbox);
    await call(sandbox, 'POST', '/api/v1/sandbox/reset');
    expect((await call(sandbox, 'GET', '/api/v1/sandbox/oauth-log')).body.data).toEqual([]);
  });
});

describe('secrets at rest', () => {
  it('never holds a password, code, verifier or token in plain text: not in the directory, the auth state or the log', async () => {
    const env = authSandbox();
    const grant = await obtainCode(env.sandbox);
    const { requestId } = await startFlow(env.sandbox);
    const tokens = (
      await postForm(env.sandbox, '/oauth/token', { grant_type: 'authorization_code', code: grant.code, redirect_uri: grant.redirectUri, client_id: grant.clientId, code_verifier: grant.verifier })
    ).body;
    const { ACCOUNTS } = await import('../../sandbox/auth/directory');
    const auth = env.runtime.auth;
    const everything = JSON.stringify({
      accounts: ACCOUNTS,
      authorizations: auth.authorizations.snapshot(),
      families: auth.tokens.families.list(),
      log: auth.log.entries(),
      jwks: await auth.keys.jwks(),
    });
    for (const secret of ['analytical-engine', 'first-compiler-1952', 'universal-machine', grant.code, grant.verifier, tokens.access_token, tokens.refresh_token]) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).toContain(requestId); // the snapshot is real: it does hold the pending request
    for (const account of ACCOUNTS) expect(account.passwordHash).toMatch(/^pbkdf2-sha256\$600000\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(new Set(ACCOUNTS.map((account) => account.passwordHash.split('$')[2])).size).toBe(ACCOUNTS.length); // a salt per account
  });
});

describe('the grant machine', () => {
  it('allows a code to be redeemed once, from code_issued only', async () => {
    const { canAdvance, nextStatus } = await import('../../sandbox/auth/oauth-grant-machine');
    expect(nextStatus('pending', { type: 'authorization.approve' })).toBe('code_issued');
    expect(nextStatus('code_issued', { type: 'code.redeem' })).toBe('redeemed');
    expect(nextStatus('redeemed', { type: 'code.replay' })).toBe('replayed');
    for (const status of ['pending', 'denied', 'cancelled', 'redeemed', 'spent', 'replayed'] as const) expect(canAdvance(status, { type: 'code.redeem' }), status).toBe(false);
    expect(() => nextStatus('denied', { type: 'authorization.approve' })).toThrow(/not possible in state denied/);
  });
});
