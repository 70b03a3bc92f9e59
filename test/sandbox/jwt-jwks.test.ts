import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signIn } from './oauth-helpers';
import { call, testSandbox } from './support';

/*
 * Independent verification: the tokens the sandbox issues must verify with nothing but the
 * published JWKS and Node's own crypto — not through jose, which the sandbox itself uses,
 * so a bug shared by signer and verifier cannot hide here.
 */

const part = (token: string, index: number) => JSON.parse(Buffer.from(token.split('.')[index]!, 'base64url').toString('utf8'));

/** Verifies a compact ES256 JWS with node:crypto and the JWKS: the key chosen by kid, the signature as raw r||s. */
function verifyWithJwks(token: string, jwks: { keys: Record<string, unknown>[] }): boolean {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const { alg, kid } = part(token, 0);
  if (alg !== 'ES256') return false;
  const jwk = jwks.keys.find((key) => key.kid === kid);
  if (!jwk) return false;
  const publicKey = createPublicKey({ key: jwk as never, format: 'jwk' });
  return verify('sha256', Buffer.from(`${header}.${payload}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
}

describe('/.well-known/jwks.json', () => {
  it('publishes one P-256 public key with kid, alg ES256 and use sig — and no private member', async () => {
    const res = await call(testSandbox(), 'GET', '/.well-known/jwks.json');
    expect(res.status).toBe(200);
    expect(res.body.keys).toHaveLength(1);
    const [key] = res.body.keys;
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: expect.any(String) });
    for (const privateMember of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']) expect(key).not.toHaveProperty(privateMember);
  });

  it('keeps the same key for the life of a sandbox, and each sandbox has its own', async () => {
    const sandbox = testSandbox();
    const first = (await call(sandbox, 'GET', '/.well-known/jwks.json')).body;
    sandbox.reset();
    expect((await call(sandbox, 'GET', '/.well-known/jwks.json')).body).toEqual(first);
    expect((await call(testSandbox(), 'GET', '/.well-known/jwks.json')).body.keys[0].kid).not.toBe(first.keys[0].kid);
  });
});

describe('independent verification with node:crypto and only the JWKS', () => {
  it('verifies the access and the refresh token the sandbox issued', async () => {
    const sandbox = testSandbox();
    const tokens = await signIn(sandbox);
    const jwks = (await call(sandbox, 'GET', '/.well-known/jwks.json')).body;
    expect(part(tokens.access_token, 0)).toEqual({ alg: 'ES256', typ: 'at+jwt', kid: jwks.keys[0].kid });
    expect(verifyWithJwks(tokens.access_token, jwks)).toBe(true);
    expect(verifyWithJwks(tokens.refresh_token, jwks)).toBe(true);
  });

  it('rejects the same token after one character of its payload changes, and with another sandbox’s JWKS', async () => {
    const sandbox = testSandbox();
    const tokens = await signIn(sandbox);
    const jwks = (await call(sandbox, 'GET', '/.well-known/jwks.json')).body;
    const [header, payload, signature] = tokens.access_token.split('.') as [string, string, string];
    const claims = part(tokens.access_token, 1);
    const tampered = Buffer.from(JSON.stringify({ ...claims, scope: 'orders:*' })).toString('base64url');
    expect(payload).not.toBe(tampered);
    expect(verifyWithJwks(`${header}.${tampered}.${signature}`, jwks)).toBe(false);
    const otherJwks = (await call(testSandbox(), 'GET', '/.well-known/jwks.json')).body;
    expect(verifyWithJwks(tokens.access_token, { keys: otherJwks.keys.map((key: object) => ({ ...key, kid: jwks.keys[0].kid })) })).toBe(false);
  });

  it('carries the claims the contract names, with a 15-minute access token and a 7-day refresh token', async () => {
    const sandbox = testSandbox();
    const tokens = await signIn(sandbox, { scope: 'orders:read projects:read' });
    const access = part(tokens.access_token, 1);
    const refresh = part(tokens.refresh_token, 1);
    expect(access).toMatchObject({ iss: 'http://sandbox.local', aud: 'http://sandbox.local/api', sub: 'usr_1', tid: 'ten_acme', client_id: 'pkce-exercise', scope: 'orders:read projects:read' });
    expect(access.exp - access.iat).toBe(900);
    expect(access.nbf).toBe(access.iat);
    expect(access.iat * 1000).toBe(sandbox.clock.now());
    expect(refresh).toMatchObject({ aud: 'http://sandbox.local/oauth/token', sid: access.sid });
    expect(part(tokens.refresh_token, 0).typ).toBe('rt+jwt');
    expect(refresh.exp - refresh.iat).toBe(7 * 24 * 3600);
    expect(access.jti).not.toBe(refresh.jti);
  });
});
