import { beforeEach, describe, expect, it } from 'vitest';
import { call } from './support';
import { authSandbox, type AuthSandbox } from './tenants-support';

let env: AuthSandbox;
beforeEach(() => {
  env = authSandbox();
});

const ACME = '/api/v1/tenants/ten_acme';

describe('GET /api/v1/tenants/{tenant_id}', () => {
  it('shows the caller’s own tenant with links to its members and projects', async () => {
    const res = await call(env.sandbox, 'GET', ACME, { headers: await env.bearer('grace') });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: { id: 'ten_acme', name: 'Acme Analytics' },
      links: { self: ACME, members: `${ACME}/members`, projects: `${ACME}/projects` },
    });
  });
});

describe('GET /api/v1/tenants/{tenant_id}/members', () => {
  it('lists the tenant’s members and roles for an admin', async () => {
    const res = await call(env.sandbox, 'GET', `${ACME}/members`, { headers: await env.bearer('ada') });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      { user_id: 'usr_1', login: 'ada', display_name: 'Ada Lovelace', roles: ['admin'] },
      { user_id: 'usr_2', login: 'grace', display_name: 'Grace Hopper', roles: ['member'] },
    ]);
  });

  it('answers a member with 403 insufficient_permissions naming members:read', async () => {
    const res = await call(env.sandbox, 'GET', `${ACME}/members`, { headers: await env.bearer('grace') });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('insufficient_permissions');
    expect(res.body.error.message).toContain('"members:read"');
  });
});

describe('projects', () => {
  it('lists the tenant’s seed projects with owners and links', async () => {
    const res = await call(env.sandbox, 'GET', `${ACME}/projects`, { headers: await env.bearer('grace') });
    expect(res.status).toBe(200);
    expect(res.body.data.map((project: { id: string; owner_id: string }) => [project.id, project.owner_id])).toEqual([
      ['prj_1', 'usr_1'],
      ['prj_2', 'usr_2'],
      ['prj_3', 'usr_2'],
    ]);
    expect(res.body.data[0].links).toEqual({ self: `${ACME}/projects/prj_1`, tenant: ACME });
    expect(res.body.meta).toEqual({ count: 3, has_more: false });
  });

  it('creates a project owned by the caller, at the Location it names', async () => {
    const headers = await env.bearer('grace');
    const res = await call(env.sandbox, 'POST', `${ACME}/projects`, { headers, json: { name: 'Onboarding funnel', description: 'Where new users drop off.' } });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ id: 'prj_6', tenant_id: 'ten_acme', owner_id: 'usr_2', name: 'Onboarding funnel', created_at: new Date(env.sandbox.clock.now()).toISOString() });
    expect(res.headers.get('Location')).toBe(`${ACME}/projects/prj_6`);
    expect((await call(env.sandbox, 'GET', res.headers.get('Location')!, { headers })).body.data).toEqual(res.body.data);
  });

  it('refuses owner_id and tenant_id in the body: the server sets them', async () => {
    const res = await call(env.sandbox, 'POST', `${ACME}/projects`, { headers: await env.bearer('grace'), json: { name: 'x', owner_id: 'usr_1', tenant_id: 'ten_globex' } });
    expect(res.status).toBe(422);
  });

  it('lets a member change and delete its own project', async () => {
    const headers = await env.bearer('grace');
    const patched = await call(env.sandbox, 'PATCH', `${ACME}/projects/prj_2`, { headers, json: { name: 'Forecast 2026' } });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({ name: 'Forecast 2026', owner_id: 'usr_2' });
    expect((await call(env.sandbox, 'DELETE', `${ACME}/projects/prj_2`, { headers })).status).toBe(204);
    expect((await call(env.sandbox, 'GET', `${ACME}/projects/prj_2`, { headers })).status).toBe(404);
  });

  it('answers a member changing or deleting a colleague’s project with 403 that names the owner', async () => {
    const headers = await env.bearer('grace');
    const patched = await call(env.sandbox, 'PATCH', `${ACME}/projects/prj_1`, { headers, json: { name: 'Mine now' } });
    expect(patched.status).toBe(403);
    expect(patched.body.error.message).toContain('"projects:update"');
    expect(patched.body.error.message).toContain('usr_1');
    const deleted = await call(env.sandbox, 'DELETE', `${ACME}/projects/prj_1`, { headers });
    expect(deleted.status).toBe(403);
    expect((await call(env.sandbox, 'GET', `${ACME}/projects/prj_1`, { headers })).body.data.name).toBe('Churn dashboard');
  });

  it('lets an admin change and delete anyone’s project in its tenant', async () => {
    const headers = await env.bearer('ada');
    expect((await call(env.sandbox, 'PATCH', `${ACME}/projects/prj_2`, { headers, json: { description: 'Reviewed.' } })).status).toBe(200);
    expect((await call(env.sandbox, 'DELETE', `${ACME}/projects/prj_3`, { headers })).status).toBe(204);
  });

  it('limits a token to its scopes even when the role allows more', async () => {
    const headers = await env.bearer('ada', ['projects:read']);
    expect((await call(env.sandbox, 'GET', `${ACME}/projects/prj_2`, { headers })).status).toBe(200);
    const res = await call(env.sandbox, 'DELETE', `${ACME}/projects/prj_2`, { headers });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('limited to the scopes [projects:read]');
  });

  it('applies an own-only scope to an admin’s key: its own project yes, a colleague’s no', async () => {
    const { key } = await env.apiKey('ada', ['projects:read', 'projects:update:own']);
    const headers = { Authorization: `Bearer ${key}` };
    expect((await call(env.sandbox, 'PATCH', `${ACME}/projects/prj_1`, { headers, json: { name: 'Churn v2' } })).status).toBe(200);
    expect((await call(env.sandbox, 'PATCH', `${ACME}/projects/prj_2`, { headers, json: { name: 'x' } })).status).toBe(403);
  });

  it('lists only the caller’s own projects when it may read only its own', async () => {
    const { key } = await env.apiKey('grace', ['projects:read:own']);
    const res = await call(env.sandbox, 'GET', `${ACME}/projects`, { headers: { Authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
    expect(res.body.data.map((project: { id: string }) => project.id)).toEqual(['prj_2', 'prj_3']);
  });

  it('refuses the list to a key whose scopes do not include reading', async () => {
    const { key } = await env.apiKey('grace', ['projects:update:own']);
    const res = await call(env.sandbox, 'GET', `${ACME}/projects`, { headers: { Authorization: `Bearer ${key}` } });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('"projects:read"');
  });

  it('returns to the seed projects on reset', async () => {
    const headers = await env.bearer('ada');
    await call(env.sandbox, 'DELETE', `${ACME}/projects/prj_1`, { headers });
    env.runtime.reset();
    expect(env.runtime.projects.all().map((project) => project.id)).toEqual(['prj_1', 'prj_2', 'prj_3', 'prj_4', 'prj_5']);
  });
});
