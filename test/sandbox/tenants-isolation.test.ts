import { beforeAll, describe, expect, it } from 'vitest';
import { call, type CallOptions } from './support';
import { authSandbox, type AuthSandbox, type DemoLogin } from './tenants-support';

/*
 * The cross-tenant matrix: every kind of principal × every tenant route × read and write,
 * aimed at the other tenant. Each must answer 404 resource_not_found, leak none of the other
 * tenant's data, and change nothing. Cross-tenant cases run first, as the issue asks.
 */

interface Caller {
  name: string;
  tenant: string;
  headers: Record<string, string>;
}

const TENANT_OF: Record<DemoLogin, string> = { ada: 'ten_acme', grace: 'ten_acme', alan: 'ten_globex' };
const PROJECTS_OF: Record<string, string[]> = { ten_acme: ['prj_1', 'prj_2', 'prj_3'], ten_globex: ['prj_4', 'prj_5'] };
const NAMES_OF: Record<string, string[]> = { ten_acme: ['Churn dashboard', 'Quarterly forecast', 'Survey cleanup'], ten_globex: ['Route optimiser', 'Depot audit'] };
const otherTenant = (tenant: string) => (tenant === 'ten_acme' ? 'ten_globex' : 'ten_acme');

let env: AuthSandbox;
let callers: Caller[];
/** The API keys made for the callers, by tenant. */
const keyIdsOf: Record<string, string[]> = { ten_acme: [], ten_globex: [] };

beforeAll(async () => {
  env = authSandbox();
  const keyCaller = async (login: DemoLogin, scopes: string[]) => {
    const { id, key } = await env.apiKey(login, scopes);
    keyIdsOf[TENANT_OF[login]]!.push(id);
    return { name: `${login}'s API key [${scopes.join(' ')}]`, tenant: TENANT_OF[login], headers: { Authorization: `Bearer ${key}` } };
  };
  callers = [
    ...(await Promise.all((['ada', 'grace', 'alan'] as const).map(async (login) => ({ name: `${login} (token)`, tenant: TENANT_OF[login], headers: await env.bearer(login) })))),
    await keyCaller('ada', ['projects:*', 'members:read']),
    await keyCaller('grace', ['projects:read']),
    await keyCaller('alan', ['projects:*', 'members:read']),
  ];
});

/** Every tenant route, read and write, aimed at `tenant` and one of its projects. */
function routesInto(tenant: string, projectId: string): [string, string, CallOptions][] {
  const base = `/api/v1/tenants/${tenant}`;
  return [
    ['GET', base, {}],
    ['GET', `${base}/members`, {}],
    ['GET', `${base}/projects`, {}],
    ['POST', `${base}/projects`, { json: { name: 'Planted project' } }],
    ['GET', `${base}/projects/${projectId}`, {}],
    ['PATCH', `${base}/projects/${projectId}`, { json: { name: 'Renamed by an intruder' } }],
    ['DELETE', `${base}/projects/${projectId}`, {}],
  ];
}

/**
 * One request, after letting the rate limiter's anonymous-tier bucket (which every request here
 * draws from: none sends X-API-Key) earn back the token it takes, so the matrix never meets a 429.
 */
async function send(method: string, path: string, options: CallOptions) {
  env.sandbox.clock.advance(100);
  return call(env.sandbox, method, path, options);
}

const snapshot = () => JSON.stringify(env.runtime.projects.all());

describe('cross-tenant requests', () => {
  it('answer 404 resource_not_found for every principal, route and method, and change nothing', async () => {
    const before = snapshot();
    for (const caller of callers) {
      const foreign = otherTenant(caller.tenant);
      for (const projectId of PROJECTS_OF[foreign]!) {
        for (const [method, path, options] of routesInto(foreign, projectId)) {
          const res = await send(method, path, { ...options, headers: { ...options.headers, ...caller.headers } });
          const where = `${caller.name}: ${method} ${path}`;
          expect(res.status, where).toBe(404);
          expect(res.body.error.code, where).toBe('resource_not_found');
          for (const name of NAMES_OF[foreign]!) expect(res.text, where).not.toContain(name);
        }
      }
    }
    expect(snapshot()).toBe(before);
  });

  it('answer 404 for another tenant’s project reached through the caller’s own tenant path', async () => {
    const before = snapshot();
    for (const caller of callers) {
      for (const projectId of PROJECTS_OF[otherTenant(caller.tenant)]!) {
        for (const [method, path, options] of routesInto(caller.tenant, projectId).slice(4)) {
          const res = await send(method, path, { ...options, headers: caller.headers });
          expect(res.status, `${caller.name}: ${method} ${path}`).toBe(404);
          expect(res.body.error.message).toContain(`No project has the id "${projectId}"`);
        }
      }
    }
    expect(snapshot()).toBe(before);
  });

  it('word a foreign tenant exactly like one that does not exist, so ids cannot be probed', async () => {
    const headers = await env.bearer('ada');
    const foreign = await send('GET', '/api/v1/tenants/ten_globex/projects', { headers });
    const missing = await send('GET', '/api/v1/tenants/ten_nowhere/projects', { headers });
    expect(foreign.body.error.message.replace('ten_globex', 'X')).toBe(missing.body.error.message.replace('ten_nowhere', 'X'));
    const foreignProject = await send('GET', '/api/v1/tenants/ten_acme/projects/prj_4', { headers });
    const missingProject = await send('GET', '/api/v1/tenants/ten_acme/projects/prj_99', { headers });
    expect(foreignProject.body.error.message.replace('prj_4', 'X')).toBe(missingProject.body.error.message.replace('prj_99', 'X'));
  });

  it('never list another tenant’s projects or members, whoever asks', async () => {
    for (const caller of callers) {
      const projects = await send('GET', `/api/v1/tenants/${caller.tenant}/projects`, { headers: caller.headers });
      expect(projects.status, caller.name).toBe(200);
      expect(projects.body.data.every((project: { tenant_id: string }) => project.tenant_id === caller.tenant), caller.name).toBe(true);
      for (const name of NAMES_OF[otherTenant(caller.tenant)]!) expect(projects.text, caller.name).not.toContain(name);
    }
  });

  it('answer 404 for reading or revoking another tenant’s API key, and the key keeps working', async () => {
    for (const caller of callers) {
      for (const id of keyIdsOf[otherTenant(caller.tenant)]!) {
        for (const method of ['GET', 'DELETE']) {
          const res = await send(method, `/api/v1/api-keys/${id}`, { headers: caller.headers });
          expect(res.status, `${caller.name}: ${method} ${id}`).toBe(404);
        }
      }
      const listed = await send('GET', '/api/v1/api-keys', { headers: caller.headers });
      if (listed.status === 200) {
        expect(listed.body.data.every((key: { tenant_id: string }) => key.tenant_id === caller.tenant), caller.name).toBe(true);
      }
    }
    expect(env.runtime.apiKeys.list().every((record) => env.runtime.apiKeys.status(record) === 'active')).toBe(true);
  });

  it('answers 401 for anonymous callers on every tenant route, before any tenant is looked at', async () => {
    for (const [method, path, options] of [...routesInto('ten_acme', 'prj_1'), ...routesInto('ten_nowhere', 'prj_99')]) {
      const res = await send(method, path, options);
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.body.error.code).toBe('authentication_required');
    }
  });
});
