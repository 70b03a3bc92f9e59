import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { acceptVersion, mergeVary, negotiateVersion } from '../../sandbox/versioning/negotiate';
import { call, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://sandbox.local${path}`, { headers });

describe('choosing a version', () => {
  it('answers /api/v2/users/{id} in v2 and /api/v3/users/{id} in v3 (path strategy)', async () => {
    const v2 = await call(sandbox, 'GET', '/api/v2/users/usr_1');
    expect(v2.body.data).toEqual({ id: 'usr_1', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', created_at: '2026-01-05T09:00:00.000Z' });
    const v3 = await call(sandbox, 'GET', '/api/v3/users/usr_1');
    expect(v3.body.data).toEqual({ id: 'usr_1', name: { first: 'Ada', last: 'Lovelace' }, email: 'ada@example.com', phone: '+442079460018' });
  });

  it('answers /api/users/{id} in the version the API-Version header names (header strategy)', async () => {
    const res = await call(sandbox, 'GET', '/api/users/usr_2', { headers: { 'API-Version': '3' } });
    expect(res.status).toBe(200);
    expect(res.body.data.name).toEqual({ first: 'Grace', last: 'Hopper' });
    expect(res.headers.get('API-Version')).toBe('3');
  });

  it('answers in the version of the vendor media type in Accept (media-type strategy)', async () => {
    const res = await call(sandbox, 'GET', '/api/users/usr_2', { headers: { Accept: 'application/vnd.workbench+json;version=1' } });
    expect(res.body.data.name).toBe('Grace Hopper');
    expect(res.headers.get('API-Version')).toBe('1');
  });

  it('answers in the version of the version query parameter, and keeps it in every link (query strategy)', async () => {
    const res = await call(sandbox, 'GET', '/api/users?version=3&limit=1');
    expect(res.body.data[0]).toMatchObject({ id: 'usr_1', name: { first: 'Ada', last: 'Lovelace' } });
    expect(res.body.data[0].links.self).toBe('/api/users/usr_1?version=3');
    expect(res.body.links.next).toBe('/api/users?version=3&limit=1&starting_after=usr_1');
    const next = await call(sandbox, 'GET', res.body.links.next);
    expect(next.body.data[0].name).toEqual({ first: 'Grace', last: 'Hopper' });
  });

  it('answers a request that names no version in the pinned default, version 2', async () => {
    const res = await call(sandbox, 'GET', '/api/users/usr_1');
    expect(res.headers.get('API-Version')).toBe('2');
    expect(res.body.data).toHaveProperty('first_name', 'Ada');
  });

  it('accepts the same version named in several places', async () => {
    const res = await call(sandbox, 'GET', '/api/v3/users/usr_1?version=3', { headers: { 'API-Version': '3', Accept: 'application/vnd.workbench+json; version=3' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('API-Version')).toBe('3');
  });

  it('prefers the vendor media range with the highest q', () => {
    expect(acceptVersion('application/vnd.workbench+json;version=1;q=0.5, application/vnd.workbench+json;version=3')).toBe('3');
    expect(acceptVersion('application/json')).toBeUndefined();
    expect(acceptVersion('application/vnd.workbench+json')).toBeUndefined();
  });

  it('reports where the version came from', () => {
    expect(negotiateVersion(request('/api/users', { 'API-Version': '1' }))).toEqual({ version: 1, source: 'API-Version header' });
    expect(negotiateVersion(request('/api/v3/users'))).toEqual({ version: 3, source: 'path' });
    expect(negotiateVersion(request('/api/users'))).toEqual({ version: 2, source: 'default' });
  });
});

describe('refusing unclear requests', () => {
  it('refuses a path and a header that name different versions with 400 version_conflict naming both', async () => {
    const res = await call(sandbox, 'GET', '/api/v2/users/usr_1', { headers: { 'API-Version': '3' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('version_conflict');
    expect(res.body.error.message).toContain('path asks for version 2');
    expect(res.body.error.message).toContain('API-Version header asks for version 3');
    expect(res.headers.get('Vary')).toBe('API-Version, Accept');
  });

  it('refuses a header and a query parameter that disagree', async () => {
    const res = await call(sandbox, 'GET', '/api/users?version=1', { headers: { Accept: 'application/vnd.workbench+json;version=3' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Accept header asks for version 3 but the version query parameter asks for version 1/);
  });

  it('refuses a v1 path with a conflicting header too, before anything is written', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/users', { headers: { 'API-Version': '2' }, json: { name: 'Plato', email: 'plato@example.com' } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('version_conflict');
    expect((await call(sandbox, 'GET', '/api/v1/users')).body.data).toHaveLength(3);
  });

  it.each([
    ['API-Version', '7'],
    ['API-Version', 'latest'],
    ['API-Version', '2.0'],
  ])('refuses %s: %s with 400 unsupported_version listing the versions there are', async (name, value) => {
    const res = await call(sandbox, 'GET', '/api/users', { headers: { [name]: value } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('unsupported_version');
    expect(res.body.error.message).toContain('Supported versions: 1, 2, 3');
  });

  it('refuses an unknown version in the query and in Accept', async () => {
    expect((await call(sandbox, 'GET', '/api/users?version=4')).body.error.code).toBe('unsupported_version');
    const accept = await call(sandbox, 'GET', '/api/users', { headers: { Accept: 'application/vnd.workbench+json;version=0' } });
    expect(accept.body.error.code).toBe('unsupported_version');
  });
});

describe('telling caches', () => {
  it.each(['/api/v1/users', '/api/v1/users/usr_1', '/api/v2/users', '/api/v3/users/usr_1', '/api/users', '/api/users/usr_1?version=1'])(
    'labels GET %s with API-Version and Vary: API-Version, Accept',
    async (path) => {
      const res = await call(sandbox, 'GET', path);
      expect(res.status).toBe(200);
      expect(res.headers.get('API-Version')).toMatch(/^[123]$/);
      expect(res.headers.get('Vary')).toBe('API-Version, Accept');
    },
  );

  it('labels errors of versioned routes too', async () => {
    const res = await call(sandbox, 'GET', '/api/v3/users/usr_99');
    expect(res.status).toBe(404);
    expect(res.headers.get('API-Version')).toBe('3');
    expect(res.headers.get('Vary')).toBe('API-Version, Accept');
  });

  it('leaves routes that are not versioned alone', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/products');
    expect(res.headers.get('API-Version')).toBeNull();
  });

  it('merges Vary values without repeating a header name', () => {
    expect(mergeVary('Accept-Encoding, accept', 'API-Version, Accept')).toBe('Accept-Encoding, accept, API-Version');
    expect(mergeVary(null, 'API-Version, Accept')).toBe('API-Version, Accept');
  });
});
