import { createPublicKey } from 'node:crypto';
import { SignJWT, base64url } from 'jose';
import { beforeEach, describe, expect, it } from 'vitest';
import { findAccountByLogin } from '../../sandbox/auth/directory';
import { callApi, signIn } from './oauth-helpers';
import { ORIGIN } from './support';
import { authSandbox, type AuthSandbox } from './tenants-support';

/*
 * Every token the API must refuse, each its own test, each sent to a real API route
 * (GET /api/v1/me) so the refusal is the API's, not a unit's. Forged tokens are built with
 * jose by hand; tokens that need a valid signature are signed with the sandbox's own key,
 * so that the claim under test is the only thing wrong with them.
 */

let env: AuthSandbox;
beforeEach(() => {
  env = authSandbox();
});

const ada = findAccountByLogin('ada')!;
const now = () => Math.floor(env.sandbox.clock.now() / 1000);

/** Claims of a valid access token for Ada, with overrides. */
function claims(overrides: Record<string, unknown> = {}) {
  return {
    iss: ORIGIN,
    aud: `${ORIGIN}/api`,
    sub: ada.userId,
    tid: ada.tenantId,
    client_id: 'workbench-lab',
    scope: 'orders:read',
    jti: 'jti-test',
    sid: 'sid-unknown',
    iat: now(),
    nbf: now(),
    exp: now() + 900,
    ...overrides,
  };
}

/** Signs claims with the sandbox's real key, so only the claims can be wrong. Uses a live family unless told otherwise. */
async function signWithSandboxKey(overrides: Record<string, unknown>, header: Record<string, unknown> = {}): Promise<string> {
  const key = await env.runtime.auth.keys.current();
  const family = env.runtime.auth.tokens.families.open({ clientId: 'workbench-lab', userId: ada.userId, tenantId: ada.tenantId, scope: ['orders:read'] });
  return new SignJWT(claims({ sid: family.sid, ...overrides }))
    .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: key.kid, ...header })
    .sign(key.privateKey);
}

async function expectRefused(token: string, reason: RegExp) {
  const res = await callApi(env.sandbox, token);
  expect(res.status).toBe(401);
  expect(res.body.error.code).toBe('invalid_token');
  expect(res.body.error.message).toMatch(reason);
  expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer error="invalid_token", error_description="[^"]+"$/);
}

describe('the API refuses forged and misused tokens', () => {
  it('accepts a token it signed itself (the control case)', async () => {
    const res = await callApi(env.sandbox, await signWithSandboxKey({}));
    expect(res.status).toBe(200);
    expect(res.body.data.user.id).toBe('usr_1');
  });

  it('refuses an unsigned token with alg "none"', async () => {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'at+jwt' }));
    const payload = base64url.encode(JSON.stringify(claims()));
    await expectRefused(`${header}.${payload}.`, /ES256/);
  });

  it('refuses an HS256 token whose HMAC secret is the public key (algorithm confusion)', async () => {
    const key = await env.runtime.auth.keys.current();
    const jwks = (await env.sandbox.fetch(new Request(`${ORIGIN}/.well-known/jwks.json`)).then((r) => r.json())) as { keys: object[] };
    // The classic attack hands the verifier the public key as an HMAC secret: as a PEM, or as the JWK text.
    const pem = createPublicKey({ key: jwks.keys[0] as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' }) as string;
    for (const secret of [pem, JSON.stringify(jwks.keys[0])]) {
      const token = await new SignJWT(claims()).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: key.kid }).sign(new TextEncoder().encode(secret));
      await expectRefused(token, /ES256/);
    }
  });

  it('refuses an expired token', async () => {
    await expectRefused(await signWithSandboxKey({ iat: now() - 1000, nbf: now() - 1000, exp: now() - 100 }), /expired/);
  });

  it('refuses a token that is not valid yet (nbf in the future)', async () => {
    await expectRefused(await signWithSandboxKey({ nbf: now() + 600 }), /not valid before/);
  });

  it('refuses a token from another issuer', async () => {
    await expectRefused(await signWithSandboxKey({ iss: 'https://evil.example' }), /issued by "https:\/\/evil\.example"/);
  });

  it('refuses a token meant for another audience', async () => {
    await expectRefused(await signWithSandboxKey({ aud: 'https://other-api.example' }), /meant for "https:\/\/other-api\.example"/);
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const token = await signWithSandboxKey({ scope: 'orders:read' });
    const [header, , signature] = token.split('.');
    const forged = base64url.encode(JSON.stringify(claims({ scope: 'orders:* projects:*', sub: 'usr_3', tid: 'ten_globex' })));
    await expectRefused(`${header}.${forged}.${signature}`, /signature/);
  });

  it('refuses a refresh token used as an access token', async () => {
    const tokens = await signIn(env.sandbox);
    await expectRefused(tokens.refresh_token, /"typ" header is not "at\+jwt"/);
  });

  it('refuses a token with an unknown kid', async () => {
    await expectRefused(await signWithSandboxKey({}, { kid: 'somebody-elses-key' }), /kid/);
  });

  it('refuses a validly signed token whose family is unknown (issued before a reset)', async () => {
    const tokens = await signIn(env.sandbox);
    env.sandbox.reset();
    await expectRefused(tokens.access_token, /reset/);
  });
});
