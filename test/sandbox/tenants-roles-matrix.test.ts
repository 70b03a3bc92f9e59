import { describe, expect, it } from 'vitest';
import { call, type CallOptions } from './support';
import { authSandbox, type AuthSandbox } from './tenants-support';

/*
 * Inside one tenant (Acme: prj_1 is Ada's, prj_2 and prj_3 are Grace's): what each kind of
 * principal may do to each resource. Roles give the first cut, ownership narrows a member's
 * writes, and a credential's scopes narrow whatever the roles allow. Each case runs on a
 * fresh sandbox, so a delete in one row cannot change the next.
 */

type Who = 'ada' | 'grace' | 'grace key [projects:read]' | 'ada key [projects:read projects:update:own]';
const WHO: Who[] = ['ada', 'grace', 'grace key [projects:read]', 'ada key [projects:read projects:update:own]'];

async function headersFor(env: AuthSandbox, who: Who): Promise<Record<string, string>> {
  switch (who) {
    case 'ada':
    case 'grace':
      return env.bearer(who);
    case 'grace key [projects:read]':
      return { Authorization: `Bearer ${(await env.apiKey('grace', ['projects:read'])).key}` };
    case 'ada key [projects:read projects:update:own]':
      return { Authorization: `Bearer ${(await env.apiKey('ada', ['projects:read', 'projects:update:own'])).key}` };
  }
}

const ACME = '/api/v1/tenants/ten_acme';
// [operation, method, path, body, expected status for each of WHO, in order]
const MATRIX: [string, string, string, CallOptions, [number, number, number, number]][] = [
  ['read the tenant', 'GET', ACME, {}, [200, 200, 200, 200]],
  ['list members', 'GET', `${ACME}/members`, {}, [200, 403, 403, 403]],
  ['list projects', 'GET', `${ACME}/projects`, {}, [200, 200, 200, 200]],
  ['create a project', 'POST', `${ACME}/projects`, { json: { name: 'New' } }, [201, 201, 403, 403]],
  ['read Grace’s project', 'GET', `${ACME}/projects/prj_2`, {}, [200, 200, 200, 200]],
  ['rename Ada’s project', 'PATCH', `${ACME}/projects/prj_1`, { json: { name: 'Renamed' } }, [200, 403, 403, 200]],
  ['rename Grace’s project', 'PATCH', `${ACME}/projects/prj_2`, { json: { name: 'Renamed' } }, [200, 200, 403, 403]],
  ['delete Ada’s project', 'DELETE', `${ACME}/projects/prj_1`, {}, [204, 403, 403, 403]],
  ['delete Grace’s project', 'DELETE', `${ACME}/projects/prj_3`, {}, [204, 204, 403, 403]],
];

const cases = MATRIX.flatMap(([operation, method, path, options, statuses]) =>
  WHO.map((who, index) => [who, operation, statuses[index]!, method, path, options] as const),
);

describe('permissions inside the caller’s own tenant', () => {
  it.each(cases)('%s may %s → %i', async (who, _operation, expected, method, path, options) => {
    const env = authSandbox();
    const before = JSON.stringify(env.runtime.projects.all());
    const res = await call(env.sandbox, method, path, { ...options, headers: await headersFor(env, who) });
    expect(res.status).toBe(expected);
    if (expected === 403) {
      expect(res.body.error.code).toBe('insufficient_permissions');
      expect(res.body.error.message).toMatch(/"(projects|members):[a-z]+"/);
      expect(JSON.stringify(env.runtime.projects.all())).toBe(before); // a refusal changes nothing
    }
  });
});
