import { beforeEach, describe, expect, it } from 'vitest';
import { call } from './support';
import { authSandbox, type AuthSandbox } from './tenants-support';

const DAY = 24 * 60 * 60 * 1000;
let env: AuthSandbox;
beforeEach(() => {
  env = authSandbox();
});

describe('POST /api/v1/api-keys', () => {
  it('answers 201 with the full key once, a Location, and Cache-Control: no-store', async () => {
    const res = await call(env.sandbox, 'POST', '/api/v1/api-keys', { headers: await env.bearer('grace'), json: { name: 'nightly export', scopes: ['projects:read'] } });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ name: 'nightly export', scopes: ['projects:read'], user_id: 'usr_2', tenant_id: 'ten_acme', status: 'active', usage_count: 0, last_used_at: null, expires_at: null });
    expect(res.body.data.key).toMatch(/^wbk_live_[A-Za-z0-9_-]{43}$/);
    expect(res.body.data.prefix).toBe(res.body.data.key.slice(0, 13));
    expect(res.headers.get('Location')).toBe(`/api/v1/api-keys/${res.body.data.id}`);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect(res.body.data).not.toHaveProperty('hash');
  });

  it('never shows the key again: not in the list, not in the key’s own GET', async () => {
    const { id, key } = await env.apiKey('ada', ['projects:read']);
    const headers = await env.bearer('ada');
    const list = await call(env.sandbox, 'GET', '/api/v1/api-keys', { headers });
    const one = await call(env.sandbox, 'GET', `/api/v1/api-keys/${id}`, { headers });
    for (const res of [list, one]) {
      expect(res.status).toBe(200);
      expect(res.text).not.toContain(key.slice(13, -4));
    }
    expect(list.body.data[0]).toMatchObject({ id, prefix: key.slice(0, 13), last4: key.slice(-4) });
  });

  it('sets expires_at from expires_in_days on the sandbox clock', async () => {
    const res = await call(env.sandbox, 'POST', '/api/v1/api-keys', { headers: await env.bearer('ada'), json: { name: 'ci', scopes: ['projects:read'], expires_in_days: 30 } });
    expect(res.body.data.expires_at).toBe(new Date(env.sandbox.clock.now() + 30 * DAY).toISOString());
  });

  it('refuses scopes beyond what the creator holds with 403 naming the scope and the permission', async () => {
    const res = await call(env.sandbox, 'POST', '/api/v1/api-keys', { headers: await env.bearer('grace'), json: { name: 'x', scopes: ['projects:read', 'members:read'] } });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'insufficient_permissions', param: 'scopes[1]' });
    expect(res.body.error.message).toContain('"members:read"');
  });

  it('refuses an own-only permission widened to everything (projects:update for a member)', async () => {
    const res = await call(env.sandbox, 'POST', '/api/v1/api-keys', { headers: await env.bearer('grace'), json: { name: 'x', scopes: ['projects:update'] } });
    expect(res.status).toBe(403);
    const own = await call(env.sandbox, 'POST', '/api/v1/api-keys', { headers: await env.bearer('grace'), json: { name: 'x', scopes: ['projects:update:own'] } });
    expect(own.status).toBe(201);
  });

  it('refuses scopes beyond the creator’s own token scopes', async () => {
    const headers = await env.bearer('ada', ['projects:read', 'api_keys:create']);
    const res = await call(env.sandbox, 'POST', '/api/v1/api-keys', { headers, json: { name: 'x', scopes: ['projects:delete'] } });
    expect(res.status).toBe(403);
  });

  it('refuses a scope that names no permission with 422, listing each one', async () => {
    const res = await call(env.sandbox, 'POST', '/api/v1/api-keys', { headers: await env.bearer('ada'), json: { name: 'x', scopes: ['invoicez:read', 'projects:read', 'ordersx:*'] } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((detail: { field: string }) => detail.field)).toEqual(['scopes[0]', 'scopes[2]']);
  });

  it('refuses a malformed scope pattern with 422', async () => {
    const res = await call(env.sandbox, 'POST', '/api/v1/api-keys', { headers: await env.bearer('ada'), json: { name: 'x', scopes: ['projects read'] } });
    expect(res.status).toBe(422);
  });

  it('refuses an API key creating API keys', async () => {
    const { key } = await env.apiKey('ada', ['api_keys:create', 'projects:read']);
    const res = await call(env.sandbox, 'POST', '/api/v1/api-keys', { headers: { Authorization: `Bearer ${key}` }, json: { name: 'child', scopes: ['projects:read'] } });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('insufficient_permissions');
  });

  it('refuses a token without the api_keys:create scope', async () => {
    const res = await call(env.sandbox, 'POST', '/api/v1/api-keys', { headers: await env.bearer('ada', ['projects:read']), json: { name: 'x', scopes: ['projects:read'] } });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('"api_keys:create"');
  });

  it('refuses the anonymous caller with 401 authentication_required', async () => {
    const res = await call(env.sandbox, 'POST', '/api/v1/api-keys', { json: { name: 'x', scopes: ['projects:read'] } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('authentication_required');
  });
});

describe('using an API key', () => {
  it('opens the API with the key’s scopes and counts each use', async () => {
    const { id, key } = await env.apiKey('grace', ['projects:read']);
    env.sandbox.clock.advance(60_000);
    const res = await call(env.sandbox, 'GET', '/api/v1/tenants/ten_acme/projects', { headers: { Authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
    await call(env.sandbox, 'GET', '/api/v1/tenants/ten_acme/projects', { headers: { Authorization: `Bearer ${key}` } });
    const shown = await call(env.sandbox, 'GET', `/api/v1/api-keys/${id}`, { headers: await env.bearer('grace') });
    expect(shown.body.data).toMatchObject({ usage_count: 2, last_used_at: new Date(env.sandbox.clock.now()).toISOString() });
  });

  it('answers 401 invalid_api_key once the key is revoked', async () => {
    const { id, key } = await env.apiKey('grace', ['projects:read']);
    const revoked = await call(env.sandbox, 'DELETE', `/api/v1/api-keys/${id}`, { headers: await env.bearer('grace') });
    expect(revoked.status).toBe(200);
    expect(revoked.body.data).toMatchObject({ status: 'revoked', revoked_at: expect.any(String) });
    const res = await call(env.sandbox, 'GET', '/api/v1/tenants/ten_acme/projects', { headers: { Authorization: `Bearer ${key}` } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_api_key');
    expect(res.headers.get('WWW-Authenticate')).toContain('error="invalid_token"');
  });

  it('answers 401 invalid_api_key once the key has expired', async () => {
    const { key } = await env.apiKey('grace', ['projects:read'], 1);
    const headers = { Authorization: `Bearer ${key}` };
    expect((await call(env.sandbox, 'GET', '/api/v1/tenants/ten_acme/projects', { headers })).status).toBe(200);
    env.sandbox.clock.advance(DAY);
    const res = await call(env.sandbox, 'GET', '/api/v1/tenants/ten_acme/projects', { headers });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toContain('expired');
  });

  it('answers 401 for a key from before a reset', async () => {
    const { key } = await env.apiKey('grace', ['projects:read']);
    env.sandbox.reset();
    expect((await call(env.sandbox, 'GET', '/api/v1/tenants/ten_acme/projects', { headers: { Authorization: `Bearer ${key}` } })).status).toBe(401);
  });

  it('keeps the key’s scopes narrower than its owner’s roles', async () => {
    const { key } = await env.apiKey('ada', ['projects:read']);
    const res = await call(env.sandbox, 'DELETE', '/api/v1/tenants/ten_acme/projects/prj_1', { headers: { Authorization: `Bearer ${key}` } });
    expect(res.status).toBe(403);
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer error="insufficient_scope", scope="projects:delete"');
  });
});

describe('the key store', () => {
  it('never holds a key in plain text: the runtime state does not contain it', async () => {
    const keys = [await env.apiKey('ada', ['projects:read']), await env.apiKey('grace', ['projects:read']), await env.apiKey('alan', ['projects:*'])];
    await call(env.sandbox, 'GET', '/api/v1/me', { headers: { Authorization: `Bearer ${keys[0]!.key}` } });
    const state = JSON.stringify(env.runtime.apiKeys.list());
    for (const { key } of keys) {
      expect(state).not.toContain(key);
      expect(state).not.toContain(key.slice(13, -4)); // not even the random middle
    }
    expect(env.runtime.apiKeys.list()).toHaveLength(3);
  });
});

describe('GET /api/v1/api-keys', () => {
  it('shows a member only its own keys, and an admin every key of its tenant, never another tenant’s', async () => {
    const adaKey = await env.apiKey('ada', ['projects:read']);
    const graceKey = await env.apiKey('grace', ['projects:read']);
    const alanKey = await env.apiKey('alan', ['projects:read']);
    const ids = async (login: 'ada' | 'grace' | 'alan') =>
      (await call(env.sandbox, 'GET', '/api/v1/api-keys', { headers: await env.bearer(login) })).body.data.map((key: { id: string }) => key.id);
    expect(await ids('grace')).toEqual([graceKey.id]);
    expect(await ids('ada')).toEqual([adaKey.id, graceKey.id]);
    expect(await ids('alan')).toEqual([alanKey.id]);
  });
});

describe('GET and DELETE /api/v1/api-keys/{id}', () => {
  it('answers another tenant’s key with 404, for reading and for revoking', async () => {
    const { id, key } = await env.apiKey('ada', ['projects:read']);
    const headers = await env.bearer('alan');
    expect((await call(env.sandbox, 'GET', `/api/v1/api-keys/${id}`, { headers })).status).toBe(404);
    const revoke = await call(env.sandbox, 'DELETE', `/api/v1/api-keys/${id}`, { headers });
    expect(revoke.status).toBe(404);
    expect(revoke.body.error.code).toBe('resource_not_found');
    // and the key still works
    expect((await call(env.sandbox, 'GET', '/api/v1/me', { headers: { Authorization: `Bearer ${key}` } })).status).toBe(200);
  });

  it('answers a member touching a colleague’s key with 403, and lets an admin revoke it', async () => {
    const { id } = await env.apiKey('ada', ['projects:read']);
    const grace = await call(env.sandbox, 'DELETE', `/api/v1/api-keys/${id}`, { headers: await env.bearer('grace') });
    expect(grace.status).toBe(403);
    expect(grace.body.error.message).toContain('"api_keys:delete"');
    const { id: graceKey } = await env.apiKey('grace', ['projects:read']);
    expect((await call(env.sandbox, 'DELETE', `/api/v1/api-keys/${graceKey}`, { headers: await env.bearer('ada') })).status).toBe(200);
  });

  it('answers an unknown key id with 404', async () => {
    expect((await call(env.sandbox, 'GET', '/api/v1/api-keys/key_99', { headers: await env.bearer('ada') })).status).toBe(404);
  });
});
