import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { callApi, obtainCode, PKCE_CLIENT, pkcePair, postForm, refresh, signIn } from './oauth-helpers';
import { call, testSandbox } from './support';

/*
 * POST /oauth/token: form bodies only, RFC 6749 §5.2 errors, PKCE S256 checked, codes single
 * use for 60 seconds and bound to client, redirect URI and challenge.
 */

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

/** Exchanges a code with these fields overridden. */
async function exchange(grant: Awaited<ReturnType<typeof obtainCode>>, overrides: Record<string, string> = {}) {
  return postForm(sandbox, '/oauth/token', {
    grant_type: 'authorization_code',
    code: grant.code,
    redirect_uri: grant.redirectUri,
    client_id: grant.clientId,
    code_verifier: grant.verifier,
    ...overrides,
  });
}

describe('POST /oauth/token with an authorization code', () => {
  it('returns Bearer tokens for a valid code and verifier, never cached', async () => {
    const grant = await obtainCode(sandbox, { scope: 'orders:read' });
    const res = await exchange(grant);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ access_token: expect.any(String), refresh_token: expect.any(String), token_type: 'Bearer', expires_in: 900, scope: 'orders:read' });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect((await callApi(sandbox, res.body.access_token)).status).toBe(200);
  });

  it('refuses a JSON body with 415, pointing at the form encoding', async () => {
    const res = await call(sandbox, 'POST', '/oauth/token', { json: { grant_type: 'authorization_code' } });
    expect(res.status).toBe(415);
    expect(res.body.error).toMatchObject({ code: 'unsupported_media_type', param: 'Content-Type' });
    expect(res.body.error.message).toContain('application/x-www-form-urlencoded');
  });

  it('answers invalid_request when grant_type or a parameter is missing, naming it', async () => {
    const noGrant = await postForm(sandbox, '/oauth/token', { client_id: PKCE_CLIENT });
    expect(noGrant.status).toBe(400);
    expect(noGrant.body).toEqual({ error: 'invalid_request', error_description: expect.stringContaining('grant_type') });
    const noVerifier = await postForm(sandbox, '/oauth/token', { grant_type: 'authorization_code', client_id: PKCE_CLIENT, code: 'x', redirect_uri: 'https://client.example/callback' });
    expect(noVerifier.body).toEqual({ error: 'invalid_request', error_description: expect.stringContaining('code_verifier is missing') });
  });

  it('answers invalid_request for a parameter sent twice', async () => {
    const res = await call(sandbox, 'POST', '/oauth/token', { body: 'grant_type=authorization_code&grant_type=refresh_token&client_id=pkce-exercise', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
    expect(res.body.error_description).toContain('grant_type is sent more than once');
  });

  it('answers unsupported_grant_type for the password and implicit-style grants', async () => {
    const res = await postForm(sandbox, '/oauth/token', { grant_type: 'password', client_id: PKCE_CLIENT, username: 'ada', password: 'analytical-engine' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('unsupported_grant_type');
  });

  it('answers 401 invalid_client for an unknown client_id', async () => {
    const res = await postForm(sandbox, '/oauth/token', { grant_type: 'authorization_code', client_id: 'mallory', code: 'x', redirect_uri: 'x', code_verifier: 'x' });
    expect(res.status).toBe(401);
    expect(res.body.error).toBe('invalid_client');
  });

  it('refuses a code used twice, and revokes the tokens the first use bought', async () => {
    const grant = await obtainCode(sandbox);
    const first = await exchange(grant);
    expect(first.status).toBe(200);
    const second = await exchange(grant);
    expect(second.status).toBe(400);
    expect(second.body).toEqual({ error: 'invalid_grant', error_description: expect.stringContaining('already used') });
    expect((await callApi(sandbox, first.body.access_token)).status).toBe(401);
    expect((await refresh(sandbox, first.body.refresh_token)).body.error).toBe('invalid_grant');
  });

  it('refuses the wrong code_verifier with invalid_grant, and the code is spent', async () => {
    const grant = await obtainCode(sandbox);
    const other = await pkcePair();
    const res = await exchange(grant, { code_verifier: other.verifier });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'invalid_grant', error_description: expect.stringContaining('code_verifier does not match') });
    expect((await exchange(grant)).body.error).toBe('invalid_grant');
  });

  it('refuses a verifier outside 43–128 unreserved characters with invalid_request', async () => {
    const grant = await obtainCode(sandbox);
    const short = await exchange(grant, { code_verifier: 'a'.repeat(42) });
    expect(short.body).toEqual({ error: 'invalid_request', error_description: expect.stringContaining('42 characters') });
    const badChars = await exchange(grant, { code_verifier: `${'a'.repeat(42)}+/` });
    expect(badChars.body).toEqual({ error: 'invalid_request', error_description: expect.stringContaining('A-Z, a-z, 0-9') });
    expect((await exchange(grant)).status).toBe(200); // a malformed request never reached the code
  });

  it('refuses a redirect_uri that differs from the authorization request', async () => {
    const grant = await obtainCode(sandbox);
    const res = await exchange(grant, { redirect_uri: 'https://client.example/other' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'invalid_grant', error_description: expect.stringContaining('redirect_uri differs') });
  });

  it('refuses a code issued to another client', async () => {
    const grant = await obtainCode(sandbox);
    const res = await exchange(grant, { client_id: 'workbench-lab' });
    expect(res.body).toEqual({ error: 'invalid_grant', error_description: expect.stringContaining('another client') });
  });

  it('accepts a code 59 seconds old but refuses it at 61 seconds (sandbox clock)', async () => {
    const onTime = await obtainCode(sandbox);
    sandbox.clock.advance(59_000);
    expect((await exchange(onTime)).status).toBe(200);
    const late = await obtainCode(sandbox);
    sandbox.clock.advance(61_000);
    const res = await exchange(late);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'invalid_grant', error_description: expect.stringContaining('expired') });
  });

  it('refuses an unknown code', async () => {
    const grant = await obtainCode(sandbox);
    const res = await exchange(grant, { code: `${grant.code}x` });
    expect(res.body).toEqual({ error: 'invalid_grant', error_description: expect.stringContaining('unknown') });
  });
});

describe('POST /oauth/token with a refresh token', () => {
  it('rotates: a new access and refresh token, both different, in the same family', async () => {
    const tokens = await signIn(sandbox);
    const res = await refresh(sandbox, tokens.refresh_token);
    expect(res.status).toBe(200);
    expect(res.body.refresh_token).not.toBe(tokens.refresh_token);
    expect(res.body.access_token).not.toBe(tokens.access_token);
    expect((await callApi(sandbox, res.body.access_token)).status).toBe(200);
    expect((await refresh(sandbox, res.body.refresh_token)).status).toBe(200);
  });

  it('detects reuse: the old refresh token revokes the family, and the rotated one and its access token die too', async () => {
    const tokens = await signIn(sandbox);
    const rotated = (await refresh(sandbox, tokens.refresh_token)).body;
    const reuse = await refresh(sandbox, tokens.refresh_token);
    expect(reuse.status).toBe(400);
    expect(reuse.body).toEqual({ error: 'invalid_grant', error_description: expect.stringContaining('already used') });
    expect((await refresh(sandbox, rotated.refresh_token)).body).toEqual({ error: 'invalid_grant', error_description: expect.stringContaining('revoked') });
    expect((await callApi(sandbox, rotated.access_token)).status).toBe(401);
    expect((await callApi(sandbox, tokens.access_token)).status).toBe(401);
  });

  it('leaves other sign-ins alone when one family is revoked', async () => {
    const mine = await signIn(sandbox);
    const other = await signIn(sandbox, { login: 'grace' });
    await refresh(sandbox, mine.refresh_token);
    await refresh(sandbox, mine.refresh_token);
    expect((await callApi(sandbox, other.access_token)).status).toBe(200);
  });

  it('refuses an access token in place of the refresh token', async () => {
    const tokens = await signIn(sandbox);
    const res = await refresh(sandbox, tokens.access_token);
    expect(res.body).toEqual({ error: 'invalid_grant', error_description: expect.stringContaining('rt+jwt') });
  });

  it('refuses a refresh token presented by another client', async () => {
    const tokens = await signIn(sandbox);
    const res = await refresh(sandbox, tokens.refresh_token, 'workbench-lab');
    expect(res.body).toEqual({ error: 'invalid_grant', error_description: expect.stringContaining('another client') });
  });

  it('may narrow the scope, never widen it', async () => {
    const tokens = await signIn(sandbox, { scope: 'orders:read projects:read' });
    const wider = await postForm(sandbox, '/oauth/token', { grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: PKCE_CLIENT, scope: 'orders:*' });
    expect(wider.body.error).toBe('invalid_scope');
    const narrower = await postForm(sandbox, '/oauth/token', { grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: PKCE_CLIENT, scope: 'orders:read' });
    expect(narrower.status).toBe(200);
    expect(narrower.body.scope).toBe('orders:read');
  });

  it('keeps working after the access token expires, and refuses the refresh token after 7 days', async () => {
    const tokens = await signIn(sandbox);
    sandbox.clock.advance(901_000);
    expect((await callApi(sandbox, tokens.access_token)).status).toBe(401);
    const renewed = await refresh(sandbox, tokens.refresh_token);
    expect(renewed.status).toBe(200);
    sandbox.clock.advance(7 * 24 * 3600 * 1000 + 1000);
    expect((await refresh(sandbox, renewed.body.refresh_token)).body).toEqual({ error: 'invalid_grant', error_description: expect.stringContaining('expired') });
  });
});

describe('POST /oauth/revoke and /oauth/introspect', () => {
  it('revoking a refresh token ends the whole sign-in', async () => {
    const tokens = await signIn(sandbox);
    const res = await postForm(sandbox, '/oauth/revoke', { token: tokens.refresh_token, client_id: PKCE_CLIENT });
    expect(res.status).toBe(200);
    expect((await callApi(sandbox, tokens.access_token)).status).toBe(401);
    expect((await refresh(sandbox, tokens.refresh_token)).body.error).toBe('invalid_grant');
  });

  it('revoking an access token ends only that token', async () => {
    const tokens = await signIn(sandbox);
    expect((await postForm(sandbox, '/oauth/revoke', { token: tokens.access_token })).status).toBe(200);
    expect((await callApi(sandbox, tokens.access_token)).status).toBe(401);
    const renewed = await refresh(sandbox, tokens.refresh_token);
    expect((await callApi(sandbox, renewed.body.access_token)).status).toBe(200);
  });

  it('answers 200 for a token that is not valid, and 400 without a token', async () => {
    expect((await postForm(sandbox, '/oauth/revoke', { token: 'not-a-token' })).status).toBe(200);
    expect((await postForm(sandbox, '/oauth/revoke', {})).body.error).toBe('invalid_request');
  });

  it('does not let one client revoke another client’s token', async () => {
    const tokens = await signIn(sandbox);
    expect((await postForm(sandbox, '/oauth/revoke', { token: tokens.refresh_token, client_id: 'workbench-lab' })).status).toBe(200);
    expect((await callApi(sandbox, tokens.access_token)).status).toBe(200);
  });

  it('introspects an active access token with its claims', async () => {
    const tokens = await signIn(sandbox, { scope: 'orders:read' });
    const res = await postForm(sandbox, '/oauth/introspect', { token: tokens.access_token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: true, scope: 'orders:read', client_id: PKCE_CLIENT, username: 'ada', sub: 'usr_1', token_type: 'Bearer', tid: 'ten_acme' });
  });

  it('says only active:false for garbage, expired, revoked and spent tokens — never why', async () => {
    const tokens = await signIn(sandbox);
    const rotated = (await refresh(sandbox, tokens.refresh_token)).body;
    expect((await postForm(sandbox, '/oauth/introspect', { token: 'garbage' })).body).toEqual({ active: false });
    expect((await postForm(sandbox, '/oauth/introspect', { token: tokens.refresh_token })).body).toEqual({ active: false });
    expect((await postForm(sandbox, '/oauth/introspect', { token: rotated.refresh_token })).body.active).toBe(true);
    sandbox.clock.advance(901_000);
    expect((await postForm(sandbox, '/oauth/introspect', { token: rotated.access_token })).body).toEqual({ active: false });
  });
});

describe('one code, two requests at once', () => {
  it('lets at most one of two simultaneous redemptions succeed, and revokes what it bought', async () => {
    const grant = await obtainCode(sandbox);
    const [a, b] = await Promise.all([exchange(grant), exchange(grant)]);
    expect([a.status, b.status].sort()).toEqual([200, 400]);
    const winner = a.status === 200 ? a : b;
    expect((await callApi(sandbox, winner.body.access_token)).status).toBe(401);
  });
});

describe('one refresh token, two requests at once', () => {
  it('treats the slower one as reuse: one answer at most, and the family is revoked', async () => {
    const tokens = await signIn(sandbox);
    const [a, b] = await Promise.all([refresh(sandbox, tokens.refresh_token), refresh(sandbox, tokens.refresh_token)]);
    expect([a.status, b.status].sort()).toEqual([200, 400]);
    const winner = a.status === 200 ? a : b;
    expect((await callApi(sandbox, winner.body.access_token)).status).toBe(401);
    expect((await refresh(sandbox, winner.body.refresh_token)).status).toBe(400);
  });
});
