import { beforeAll, describe, expect, it } from 'vitest';
import { ACCESS_TOKEN_TTL_SECONDS } from '../../sandbox/auth/tokens';
import { RATE_LIMIT_TIERS } from '../../sandbox/patterns/rate-limit';
import { recordFigures } from '../support/figures';
import { call } from '../sandbox/support';
import { authSandbox, type AuthSandbox } from '../sandbox/tenants-support';
import { prepareCredentialAttacks, unflawedToken, type CredentialAttack } from './auth-attacks';
import { bearerOperations, bodyFor, label, type GuardedOperation } from './auth-operations';
import { refusalProblems } from './auth-refusal';

/*
 * The exhaustive credential matrix: every operation that reads a Bearer credential (from
 * /openapi.json) × every bad credential (auth-attacks.ts). None may get in: each answer is
 * the documented 401 with the RFC 6750 challenge and the error envelope, and never echoes
 * the secret it was sent. Single cases with their exact messages live in
 * test/sandbox/jwt-security.test.ts; this suite checks that every route shares the guard.
 */

let env: AuthSandbox;
let operations: GuardedOperation[];
let attacks: CredentialAttack[];

beforeAll(async () => {
  env = authSandbox();
  operations = await bearerOperations();
  attacks = await prepareCredentialAttacks(env);
});

/** Sends one attack to one operation; returns what is wrong with the answer (empty when refused as it should be). */
async function attack(operation: GuardedOperation, credential: CredentialAttack): Promise<string[]> {
  const headers: Record<string, string> = credential.authorization === undefined ? {} : { Authorization: credential.authorization };
  try {
    const res = await call(env.sandbox, operation.method, operation.path, { headers, json: bodyFor(operation) });
    // An anonymous request passes authentication and takes a token from the anonymous bucket:
    // let it earn that token back so the matrix never meets a 429 of its own making.
    if (credential.authorization === undefined) env.sandbox.clock.advance(RATE_LIMIT_TIERS.anonymous.refillIntervalMs);
    return refusalProblems(res, { status: 401, code: credential.code, secret: credential.secret });
  } catch (error) {
    return [(error as Error).message.split('\n')[0]!];
  }
}

describe('every protected operation refuses every bad credential', () => {
  it('finds the protected operations in /openapi.json, across the auth areas', () => {
    const required = operations.filter((operation) => operation.requiresCredentials).map(label);
    expect(required.length, 'no operation in /openapi.json requires credentials: is `security` still generated?').toBeGreaterThan(0);
    for (const area of ['/api/v1/me', '/api/v1/api-keys', '/api/v1/tenants/{tenant_id}', '/api/v1/tenants/{tenant_id}/projects', '/api/v1/riders']) {
      expect(required.some((name) => name.split(' ')[1]!.startsWith(area)), `no operation under ${area} requires credentials`).toBe(true);
    }
    // The ride routes admit the anonymous demo rider, but a credential that is sent is still checked there.
    expect(operations.some((operation) => operation.template.startsWith('/api/v1/rides'))).toBe(true);
  });

  it('accepts the forger’s token when it has no flaw, and Ada’s real token on every protected read (the controls)', async () => {
    const me = await call(env.sandbox, 'GET', '/api/v1/me', { headers: { Authorization: `Bearer ${await unflawedToken(env)}` } });
    expect(me.status, me.text).toBe(200);
    const bearer = await env.bearer('ada');
    for (const operation of operations.filter((candidate) => candidate.requiresCredentials && candidate.method === 'GET')) {
      const res = await call(env.sandbox, 'GET', operation.path, { headers: bearer });
      env.sandbox.clock.advance(RATE_LIMIT_TIERS.anonymous.refillIntervalMs);
      expect(res.status, `${label(operation)} with Ada's valid token: ${res.text}`).toBeLessThan(300);
    }
  });

  it('answers every attack on every operation with the documented 401, a Bearer challenge and the error envelope', async (context) => {
    const failures: string[] = [];
    let tried = 0;
    for (const credential of attacks) {
      for (const operation of operations) {
        // Without credentials, an open operation serves the anonymous caller: that is not an attack on it.
        if (credential.authorization === undefined && !operation.requiresCredentials) continue;
        tried += 1;
        for (const problem of await attack(operation, credential)) failures.push(`${credential.name} → ${label(operation)}: ${problem}`);
      }
    }
    recordFigures(context, { 'attacks tried': tried, 'failures found': failures.length });
    expect(failures, failures.slice(0, 20).join('\n')).toEqual([]);
    expect(tried).toBeGreaterThan(attacks.length * 10);
  }, 30_000); // ~3 s alone; the rest is headroom for a machine busy with the other test files

  // Last: it moves the sandbox clock, which would age every token prepared above.
  it('refuses a genuine token on every operation once the sandbox clock has passed its expiry', async (context) => {
    const token = await env.token('ada');
    env.sandbox.clock.advance((ACCESS_TOKEN_TTL_SECONDS + 1) * 1000);
    const expired: CredentialAttack = { name: 'genuine token after the clock passed exp', authorization: `Bearer ${token}`, code: 'invalid_token', secret: token };
    const failures: string[] = [];
    for (const operation of operations) {
      for (const problem of await attack(operation, expired)) failures.push(`${label(operation)}: ${problem}`);
    }
    recordFigures(context, { 'attacks tried': operations.length, 'failures found': failures.length });
    expect(failures, failures.slice(0, 20).join('\n')).toEqual([]);
  }, 30_000);
});
