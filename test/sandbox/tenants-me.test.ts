import { beforeEach, describe, expect, it } from 'vitest';
import { call } from './support';
import { authSandbox, type AuthSandbox } from './tenants-support';

let env: AuthSandbox;
beforeEach(() => {
  env = authSandbox();
});

describe('GET /api/v1/me', () => {
  it('shows a member’s user, tenant, roles, scopes and effective permissions', async () => {
    const res = await call(env.sandbox, 'GET', '/api/v1/me', { headers: await env.bearer('grace', ['projects:*', 'members:read']) });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      user: { id: 'usr_2', login: 'grace', display_name: 'Grace Hopper' },
      tenant: { id: 'ten_acme', name: 'Acme Analytics' },
      roles: ['member'],
      scopes: ['projects:*', 'members:read'],
      // members:read is in the token but not in the role, so it is not effective
      permissions: ['projects:read', 'projects:create', 'projects:update:own', 'projects:delete:own'],
      credential: { kind: 'user', id: 'workbench-lab' },
    });
    expect(res.body.links).toEqual({ self: '/api/v1/me', tenant: '/api/v1/tenants/ten_acme', api_keys: '/api/v1/api-keys' });
  });

  it('shows an API key as the credential, with its scopes', async () => {
    const { id, key } = await env.apiKey('alan', ['projects:read']);
    const res = await call(env.sandbox, 'GET', '/api/v1/me', { headers: { Authorization: `Bearer ${key}` } });
    expect(res.body.data).toMatchObject({ user: { id: 'usr_3' }, tenant: { id: 'ten_globex' }, roles: ['admin'], scopes: ['projects:read'], permissions: ['projects:read'], credential: { kind: 'api_key', id } });
  });

  it('refuses the anonymous caller with 401 and a Bearer challenge', async () => {
    const res = await call(env.sandbox, 'GET', '/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('authentication_required');
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer realm="workbench"');
  });

  it('refuses a tampered token with 401 invalid_token rather than answering anonymously', async () => {
    const token = await env.token('grace');
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'usr_1' })).toString('base64url');
    const res = await call(env.sandbox, 'GET', '/api/v1/me', { headers: { Authorization: `Bearer ${header}.${forged}.${signature}` } });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_token');
  });

  it('refuses an access token once it has expired', async () => {
    const headers = await env.bearer('ada');
    env.sandbox.clock.advance(15 * 60 * 1000 + 1000);
    const res = await call(env.sandbox, 'GET', '/api/v1/me', { headers });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_token');
  });

  it('leaves the open demo API open to callers without credentials', async () => {
    expect((await call(env.sandbox, 'GET', '/api/v1/users')).status).toBe(200);
  });
});
