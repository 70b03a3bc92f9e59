import { describe, expect, it } from 'vitest';
import { ApiKeyStore } from '../../sandbox/auth/api-keys';
import { authenticate, principalOf, requirePrincipal, type AccessTokenVerifier } from '../../sandbox/auth/authenticate';
import { createRouter } from '../../sandbox/env';
import { ApiError, renderError, toApiError } from '../../sandbox/patterns/errors';
import { createManualClock } from '../../sandbox/store/clock';
import { START } from './support';

/*
 * The middleware on its own, in a tiny app: a stand-in verifier accepts the token "good-<sub>-<tid>"
 * and refuses anything else, so these tests are about reading the header and building the
 * principal. Real tokens from the OAuth flow are exercised in tenants-*.test.ts.
 */

const verify: AccessTokenVerifier = async (token, expected) => {
  const match = /^good-(usr_\d+)-(ten_\w+)$/.exec(token);
  if (!match || expected.issuer !== 'http://sandbox.local' || expected.audience !== 'http://sandbox.local/api') {
    throw new ApiError('invalid_token', 'The access token was refused: the signature does not match.');
  }
  return { sub: match[1]!, tid: match[2]!, client_id: 'workbench-lab', scope: ['projects:read'] };
};

function testApp() {
  const apiKeys = new ApiKeyStore(createManualClock(START));
  const app = createRouter();
  app.use('/api/*', authenticate({ apiKeys, verifyAccessToken: verify }));
  app.get('/api/whoami', (c) => c.json(principalOf(c)));
  app.get('/api/private', requirePrincipal(), (c) => c.json({ ok: true }));
  app.onError((error, c) => renderError(c, toApiError(error)));
  const get = async (path: string, authorization?: string) => {
    const response = await app.request(`http://sandbox.local${path}`, { headers: authorization === undefined ? {} : { Authorization: authorization } });
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  };
  return { apiKeys, get };
}

describe('authenticate', () => {
  it('treats a request without Authorization as the anonymous demo caller', async () => {
    const { get } = testApp();
    expect((await get('/api/whoami')).body).toMatchObject({ kind: 'anonymous', userId: null, roles: ['anonymous_demo'] });
  });

  it('turns a verified access token into a user principal with the directory’s roles and the token’s scopes', async () => {
    const { get } = testApp();
    const res = await get('/api/whoami', 'Bearer good-usr_2-ten_acme');
    expect(res.body).toEqual({ kind: 'user', userId: 'usr_2', tenantId: 'ten_acme', roles: ['member'], scopes: ['projects:read'], credentialId: 'workbench-lab' });
  });

  it('accepts the scheme name in any case, as RFC 9110 asks', async () => {
    const { get } = testApp();
    expect((await get('/api/whoami', 'bearer good-usr_1-ten_acme')).body.userId).toBe('usr_1');
  });

  it('refuses a bad token with 401 instead of falling back to anonymous', async () => {
    const { get } = testApp();
    const res = await get('/api/whoami', 'Bearer forged');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_token');
  });

  it('refuses a token whose tenant is not the user’s tenant', async () => {
    const { get } = testApp();
    const res = await get('/api/whoami', 'Bearer good-usr_1-ten_globex');
    expect(res.status).toBe(401);
    expect(res.body.error.message).toContain('belongs to ten_acme');
  });

  it('refuses a token for a user the directory does not know', async () => {
    const { get } = testApp();
    expect((await get('/api/whoami', 'Bearer good-usr_99-ten_acme')).status).toBe(401);
  });

  it('refuses other schemes, naming the one that was sent', async () => {
    const { get } = testApp();
    const res = await get('/api/whoami', 'Basic YWRhOnB3');
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'invalid_token', param: 'Authorization' });
    expect(res.body.error.message).toContain('"Basic"');
    expect(res.headers.get('WWW-Authenticate')).toContain('error="invalid_token"');
  });

  it('refuses an empty Bearer credential', async () => {
    const { get } = testApp();
    expect((await get('/api/whoami', 'Bearer ')).status).toBe(401);
  });

  it('turns an API key into a principal with its owner’s roles and the key’s scopes', async () => {
    const { get, apiKeys } = testApp();
    const { key, record } = await apiKeys.create({ userId: 'usr_2', tenantId: 'ten_acme', name: 'ci', scopes: ['projects:read'] });
    const res = await get('/api/whoami', `Bearer ${key}`);
    expect(res.body).toEqual({ kind: 'api_key', userId: 'usr_2', tenantId: 'ten_acme', roles: ['member'], scopes: ['projects:read'], credentialId: record.id });
  });

  it('refuses an unknown API key with 401 invalid_api_key', async () => {
    const { get } = testApp();
    const res = await get('/api/whoami', 'Bearer wbk_live_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_api_key');
  });
});

describe('requirePrincipal', () => {
  it('refuses the anonymous caller with 401 authentication_required and a Bearer challenge', async () => {
    const { get } = testApp();
    const res = await get('/api/private');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('authentication_required');
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="workbench"');
  });

  it('lets an authenticated caller through', async () => {
    const { get } = testApp();
    expect((await get('/api/private', 'Bearer good-usr_3-ten_globex')).status).toBe(200);
  });
});
