import { base64url } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { callApi, refresh, signIn } from './oauth-helpers';
import { call, testSandbox } from './support';

/*
 * POST /api/v1/sandbox/tokens/inspect: the token inspector's view. Every check has its own
 * verdict, `accepted` agrees with the API, and garbage never makes it throw.
 */

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

async function inspect(token: string) {
  const res = await call(sandbox, 'POST', '/api/v1/sandbox/tokens/inspect', { json: { token } });
  expect(res.status, res.text).toBe(200);
  return res.body as { header: any; claims: any; checks: { name: string; ok: boolean; detail: string }[]; accepted: boolean; verdict: string | null };
}

const check = (inspection: Awaited<ReturnType<typeof inspect>>, name: string) => inspection.checks.find((entry) => entry.name === name)!;

describe('POST /api/v1/sandbox/tokens/inspect', () => {
  it('accepts a fresh access token, with all eight checks passing in order', async () => {
    const { access_token } = await signIn(sandbox);
    const result = await inspect(access_token);
    expect(result.accepted).toBe(true);
    expect(result.verdict).toBeNull();
    expect(result.checks.map((entry) => entry.name)).toEqual(['signature', 'algorithm', 'type', 'expiry', 'not_before', 'issuer', 'audience', 'revocation']);
    expect(result.checks.every((entry) => entry.ok)).toBe(true);
    expect(result.header).toMatchObject({ alg: 'ES256', typ: 'at+jwt' });
    expect(result.claims).toMatchObject({ sub: 'usr_1', tid: 'ten_acme' });
  });

  it('agrees with the API: an expired token fails expiry and is not accepted', async () => {
    const { access_token } = await signIn(sandbox);
    sandbox.clock.advance(901_000);
    const result = await inspect(access_token);
    expect(result.accepted).toBe(false);
    expect(check(result, 'expiry')).toMatchObject({ ok: false, detail: expect.stringContaining('expired at') });
    expect(check(result, 'signature').ok).toBe(true);
    expect((await callApi(sandbox, access_token)).status).toBe(401);
  });

  it('explains that a refresh token is the wrong type and the wrong audience', async () => {
    const { refresh_token } = await signIn(sandbox);
    const result = await inspect(refresh_token);
    expect(result.accepted).toBe(false);
    expect(check(result, 'type')).toMatchObject({ ok: false, detail: expect.stringContaining('refresh token') });
    expect(check(result, 'audience').ok).toBe(false);
  });

  it('reports a revoked family', async () => {
    const tokens = await signIn(sandbox);
    await refresh(sandbox, tokens.refresh_token);
    await refresh(sandbox, tokens.refresh_token);
    const result = await inspect(tokens.access_token);
    expect(check(result, 'revocation')).toMatchObject({ ok: false, detail: expect.stringContaining('reuse') });
    expect(result.accepted).toBe(false);
  });

  it('flags a tampered payload in the signature check only', async () => {
    const { access_token } = await signIn(sandbox);
    const [header, payload, signature] = access_token.split('.') as [string, string, string];
    const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload)));
    const tampered = base64url.encode(JSON.stringify({ ...claims, scope: 'orders:*' }));
    const result = await inspect(`${header}.${tampered}.${signature}`);
    expect(check(result, 'signature')).toMatchObject({ ok: false, detail: expect.stringContaining('does not match') });
    expect(result.checks.filter((entry) => !entry.ok).map((entry) => entry.name)).toEqual(['signature']);
    expect(result.accepted).toBe(false);
  });

  it('explains alg none without looking at a signature', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'at+jwt' }));
    const result = await inspect(`${header}.${base64url.encode('{"sub":"usr_1"}')}.`);
    expect(check(result, 'algorithm')).toMatchObject({ ok: false, detail: expect.stringContaining('unsigned') });
    expect(check(result, 'signature').detail).toContain('not checked');
    expect(result.accepted).toBe(false);
  });

  it.each([
    ['', /3 parts/],
    ['hello', /3 parts.*this has 1/],
    ['a.b.c.d', /this has 4/],
    ['!!!.e30.sig', /header \(part 1\) is not base64url/],
    [`${base64url.encode('not json')}.e30.sig`, /header \(part 1\) decodes to text that is not JSON/],
    [`${base64url.encode('{"alg":"ES256"}')}.${base64url.encode('[1,2]')}.sig`, /payload \(part 2\) decodes to JSON that is not an object/],
  ])('never throws on garbage %j: the checks say where it broke', async (token, where) => {
    const result = await inspect(token);
    expect(result.accepted).toBe(false);
    expect(result.checks).toHaveLength(8);
    expect(result.checks.some((entry) => where.test(entry.detail))).toBe(true);
  });

  it('accepts a pasted "Bearer …" header value', async () => {
    const { access_token } = await signIn(sandbox);
    expect((await inspect(`Bearer ${access_token}`)).accepted).toBe(true);
  });
});
