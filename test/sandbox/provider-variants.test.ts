import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, ORIGIN, testSandbox } from './support';

// While a variant is on, the users answers break the document on purpose, so those
// are read with a plain fetch instead of call() (which checks them against /openapi.json).
async function raw(sandbox: Sandbox, method: string, path: string, json?: unknown) {
  const response = await sandbox.fetch(
    new Request(ORIGIN + path, { method, headers: json ? { 'Content-Type': 'application/json' } : {}, body: json ? JSON.stringify(json) : undefined }),
  );
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const switchOn = (sandbox: Sandbox, ...active: string[]) => call(sandbox, 'PUT', '/api/v1/sandbox/provider-variants', { json: { active } });

describe('provider variants', () => {
  let sandbox: Sandbox;
  beforeEach(() => {
    sandbox = testSandbox();
  });

  it('lists every variant, all off by default', async () => {
    const { status, body } = await call(sandbox, 'GET', '/api/v1/sandbox/provider-variants');
    expect(status).toBe(200);
    expect(body.variants.map((v: { name: string; active: boolean }) => [v.name, v.active])).toEqual([
      ['renamed-name-field', false],
      ['numeric-ids', false],
      ['missing-location-header', false],
      ['not-found-as-null', false],
    ]);
  });

  it('renames name to full_name in the list and the single user while renamed-name-field is on', async () => {
    await switchOn(sandbox, 'renamed-name-field');
    const one = await raw(sandbox, 'GET', '/api/v1/users/usr_1');
    expect(Object.keys(one.body.data)).toEqual(['id', 'full_name', 'email', 'created_at']);
    expect(one.body.data.full_name).toBe('Ada Lovelace');
    const list = await raw(sandbox, 'GET', '/api/v1/users');
    expect(list.body.data.every((user: object) => 'full_name' in user && !('name' in user))).toBe(true);
  });

  it('sends ids as numbers while numeric-ids is on, and routes still take the string id', async () => {
    await switchOn(sandbox, 'numeric-ids');
    const created = await raw(sandbox, 'POST', '/api/v1/users', { name: 'Mary Jackson', email: 'mary@example.com' });
    expect(created.status).toBe(201);
    expect(created.body.data.id).toBe(4);
    expect(created.headers.get('Location')).toBe('/api/v1/users/usr_4');
    expect((await raw(sandbox, 'GET', '/api/v1/users/usr_4')).body.data.id).toBe(4);
  });

  it('drops Location from the 201 of POST /users while missing-location-header is on', async () => {
    await switchOn(sandbox, 'missing-location-header');
    const created = await raw(sandbox, 'POST', '/api/v1/users', { name: 'Mary Jackson', email: 'mary@example.com' });
    expect(created.status).toBe(201);
    expect(created.headers.has('Location')).toBe(false);
    expect(created.body.data.name).toBe('Mary Jackson');
  });

  it('answers 200 with null data for a missing user while not-found-as-null is on', async () => {
    await switchOn(sandbox, 'not-found-as-null');
    const missing = await raw(sandbox, 'GET', '/api/v1/users/usr_999');
    expect(missing.status).toBe(200);
    expect(missing.headers.get('Content-Type')).toBe('application/json');
    expect(missing.body).toEqual({ data: null });
    expect((await raw(sandbox, 'DELETE', '/api/v1/users/usr_999')).status).toBe(404); // only the GET changes
  });

  it('leaves other resources alone', async () => {
    await switchOn(sandbox, 'renamed-name-field', 'numeric-ids');
    const { body } = await call(sandbox, 'GET', '/api/v1/products/prd_1');
    expect(body.data.id).toBe('prd_1');
    expect(body.data.name).toEqual(expect.any(String));
  });

  it('switches every variant off on PUT with [] and on sandbox reset', async () => {
    await switchOn(sandbox, 'renamed-name-field');
    expect((await switchOn(sandbox)).body.variants.some((v: { active: boolean }) => v.active)).toBe(false);
    await switchOn(sandbox, 'renamed-name-field');
    await call(sandbox, 'POST', '/api/v1/sandbox/reset');
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_1')).body.data.name).toBe('Ada Lovelace');
  });

  it('refuses an unknown variant with 422, naming the field', async () => {
    const { status, body } = await call(sandbox, 'PUT', '/api/v1/sandbox/provider-variants', { json: { active: ['drop-everything'] } });
    expect(status).toBe(422);
    expect(body.error.code).toBe('validation_failed');
    expect(JSON.stringify(body.error)).toContain('active');
  });
});
