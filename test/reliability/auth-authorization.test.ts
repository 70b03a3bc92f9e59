import { beforeAll, describe, expect, it } from 'vitest';
import { RATE_LIMIT_TIERS } from '../../sandbox/patterns/rate-limit';
import { recordFigures } from '../support/figures';
import { call } from '../sandbox/support';
import { authSandbox, type AuthSandbox } from '../sandbox/tenants-support';
import { bearerOperations, bodyFor, label, type GuardedOperation } from './auth-operations';
import { refusalProblems, type ExpectedRefusal } from './auth-refusal';

/*
 * Valid credentials aimed where they do not reach: another tenant's token or key on Acme's
 * resources (404, as if the resource did not exist: tenants-guard.ts), and a token or key
 * without the needed scope (403). The operations come from /openapi.json: every one that
 * requires credentials and documents the status the rule promises. Afterwards, Acme's data
 * must be exactly as before. The single cross-tenant cases live in tenants-isolation.test.ts.
 */

interface Intruder {
  name: string;
  headers: Record<string, string>;
  secret: string;
}

let env: AuthSandbox;
let required: GuardedOperation[];
/** Ada's key that the /api-keys/{id} operations aim at (an Acme resource). */
let acmeKeyId: string;
let beforeView: string;

/** What Ada sees of Acme's projects and keys: must not change, whatever the intruders send. */
async function acmeView(): Promise<string> {
  const headers = await env.bearer('ada');
  const projects = await call(env.sandbox, 'GET', '/api/v1/tenants/ten_acme/projects', { headers });
  const keys = await call(env.sandbox, 'GET', '/api/v1/api-keys', { headers });
  return JSON.stringify([projects.body, keys.body]);
}

beforeAll(async () => {
  env = authSandbox();
  required = (await bearerOperations()).filter((operation) => operation.requiresCredentials);
  acmeKeyId = (await env.apiKey('ada', ['projects:read'])).id;
  beforeView = await acmeView();
});

async function intruder(name: string, credential: Promise<string>): Promise<Intruder> {
  const secret = await credential;
  return { name, headers: { Authorization: `Bearer ${secret}` }, secret };
}

/** The operation's path aimed at Acme: its tenant, project prj_1 and Ada's key. */
function acmePath(operation: GuardedOperation): string {
  return operation.template.replace('{tenant_id}', 'ten_acme').replace('/projects/{id}', '/projects/prj_1').replace('/api-keys/{id}', `/api-keys/${acmeKeyId}`);
}

/** Sends every intruder to every operation; returns the problems found and how many attacks were sent. */
async function runAttacks(operations: GuardedOperation[], intruders: Intruder[], expected: Omit<ExpectedRefusal, 'secret'>) {
  const failures: string[] = [];
  let tried = 0;
  for (const who of intruders) {
    for (const operation of operations) {
      tried += 1;
      try {
        const res = await call(env.sandbox, operation.method, acmePath(operation), { headers: who.headers, json: bodyFor(operation) });
        env.sandbox.clock.advance(RATE_LIMIT_TIERS.anonymous.refillIntervalMs); // valid credentials reach the limiter
        for (const problem of refusalProblems(res, { ...expected, secret: who.secret })) failures.push(`${who.name} → ${label(operation)}: ${problem}`);
      } catch (error) {
        failures.push(`${who.name} → ${label(operation)}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
  }
  return { failures, tried };
}

describe('valid credentials aimed where they do not reach', () => {
  it('answers another tenant’s token and key on every Acme resource with 404, as if it did not exist', async (context) => {
    // Tenant resources: the operations that name a tenant or a tenant's key in their path.
    const tenantScoped = required.filter((operation) => /\{tenant_id\}|\/api-keys\/\{id\}/.test(operation.template) && operation.statuses.includes('404'));
    expect(tenantScoped.map(label)).toEqual(expect.arrayContaining(['GET /api/v1/tenants/{tenant_id}', 'DELETE /api/v1/tenants/{tenant_id}/projects/{id}', 'DELETE /api/v1/api-keys/{id}']));
    const intruders = [
      await intruder("Alan's token (Globex)", env.token('alan')),
      await intruder("Alan's API key (Globex)", env.apiKey('alan', ['projects:*', 'members:read', 'api_keys:read', 'api_keys:delete']).then((made) => made.key)),
    ];
    const { failures, tried } = await runAttacks(tenantScoped, intruders, { status: 404, code: 'resource_not_found' });
    recordFigures(context, { 'attacks tried': tried, 'failures found': failures.length });
    expect(failures, failures.join('\n')).toEqual([]);
    expect(await acmeView(), "an intruder changed Acme's projects or keys").toBe(beforeView);
  });

  it('answers a token or key of Acme without the needed scope with 403 on every scoped operation', async (context) => {
    // Scoped operations: those that document 403; each needs a permission users:read does not give.
    const scoped = required.filter((operation) => operation.statuses.includes('403'));
    expect(scoped.map(label)).toEqual(expect.arrayContaining(['GET /api/v1/api-keys', 'POST /api/v1/tenants/{tenant_id}/projects', 'GET /api/v1/tenants/{tenant_id}/members']));
    const intruders = [
      await intruder("Ada's token with only users:read", env.token('ada', ['users:read'])),
      await intruder("Ada's API key with only users:read", env.apiKey('ada', ['users:read']).then((made) => made.key)),
    ];
    const { failures, tried } = await runAttacks(scoped, intruders, { status: 403, code: 'insufficient_permissions' });
    recordFigures(context, { 'attacks tried': tried, 'failures found': failures.length });
    expect(failures, failures.join('\n')).toEqual([]);
    // The narrow key itself now shows in Ada's list; nothing else may have changed.
    const after = JSON.parse(await acmeView()) as [unknown, { data: { id: string }[] }];
    const before = JSON.parse(beforeView) as [unknown, { data: { id: string }[] }];
    expect(after[0]).toEqual(before[0]);
    expect(after[1].data.filter((key) => before[1].data.some((old) => old.id === key.id))).toEqual(before[1].data);
  });
});
