import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, openApiDocument, testSandbox } from './support';

/*
 * Bugs the route fuzz (test/reliability/sandbox-route-fuzz.test.ts) found, each kept as a named
 * case. `call` fails when a status is missing from /openapi.json, which is what these were.
 */

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

describe('the sandbox controls document the 401 of a refused bearer token', () => {
  // The authenticate middleware reads Authorization on all of /api/v1, the controls under /api/v1/sandbox/ included.
  it.each([
    ['GET', '/api/v1/sandbox/clock'],
    ['PUT', '/api/v1/sandbox/clock'],
    ['POST', '/api/v1/sandbox/tokens/inspect'],
    ['GET', '/api/v1/sandbox/gateway/stats'],
    ['DELETE', '/api/v1/sandbox/grpc-calls'],
  ])('answers %s %s with a documented 401 invalid_token for a malformed token', async (method, path) => {
    const res = await call(sandbox, method, path, { headers: { Authorization: 'Bearer x.y.z' }, ...(method === 'GET' || method === 'DELETE' ? {} : { json: {} }) });
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'invalid_token', param: 'Authorization' });
  });

  it('lists Bearer, not the rate limiter’s X-API-Key, as the optional security of every control', async () => {
    const document = await openApiDocument();
    const controls = Object.entries(document.paths).filter(([path]) => path.startsWith('/api/v1/sandbox/'));
    expect(controls.length).toBeGreaterThan(10);
    for (const [path, item] of controls) {
      for (const [method, operation] of Object.entries(item) as [string, { security?: unknown; responses: Record<string, { headers?: object }> }][]) {
        expect(operation.security, `${method} ${path}`).toEqual([{}, { Bearer: [] }]);
        expect(operation.responses['401'], `${method} ${path} documents its 401`).toBeDefined();
        expect(operation.responses['401']!.headers, `${method} ${path}: the limiter does not run here, so no rate-limit headers`).toBeUndefined();
      }
    }
  });
});

describe('the v1 users routes document the 400s of version negotiation', () => {
  it('answers GET /api/v1/users/usr_1 with API-Version: 999 with a documented 400 unsupported_version', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users/usr_1', { headers: { 'API-Version': '999' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'unsupported_version', param: 'API-Version header' });
  });

  it('answers DELETE /api/v1/users/usr_1 asking for two versions with a documented 400 version_conflict, deleting nothing', async () => {
    const res = await call(sandbox, 'DELETE', '/api/v1/users/usr_1', { headers: { 'API-Version': '2' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('version_conflict');
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_1')).status).toBe(200);
  });

  it('names unsupported_version and version_conflict in the 400 of every v1 users operation', async () => {
    const document = await openApiDocument();
    for (const path of ['/api/v1/users', '/api/v1/users/{id}']) {
      for (const [method, operation] of Object.entries(document.paths[path]!)) {
        const described = operation.responses['400']?.description ?? '';
        expect(described, `${method} ${path}`).toContain('unsupported_version');
        expect(described, `${method} ${path}`).toContain('version_conflict');
      }
    }
  });
});

describe('the negotiated users route documents the 422 of a repeated version parameter', () => {
  it('answers GET /api/users/usr_1?version=2&version=3 with a documented 422 validation_failed', async () => {
    const res = await call(sandbox, 'GET', '/api/users/usr_1?version=2&version=3');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_failed');
  });
});
