import { beforeEach, describe, expect, it } from 'vitest';
import { parseItem } from 'structured-headers';
import type { Sandbox } from '../../sandbox/index';
import { call, START, testSandbox } from './support';

const DAY_S = 24 * 60 * 60;
const startMs = Date.parse(START);
const DEPRECATED_AT = startMs + 30 * DAY_S * 1000;
const SUNSET_AT = startMs + 90 * DAY_S * 1000;

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const moveClock = (advance_seconds: number) => call(sandbox, 'PUT', '/api/v1/sandbox/clock', { json: { advance_seconds } });

describe('before the deprecation date', () => {
  it('serves v1 users with no deprecation headers on a fresh sandbox', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users/usr_1');
    expect(res.status).toBe(200);
    for (const name of ['Deprecation', 'Sunset', 'Link']) expect(res.headers.get(name), name).toBeNull();
  });

  it('publishes the schedule relative to the start: v1 deprecated at +30 days, sunset at +90', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/sandbox/versions');
    expect(res.body.data[0]).toEqual({
      resource: 'users',
      version: 1,
      status: 'current',
      deprecated_at: new Date(DEPRECATED_AT).toISOString(),
      sunset_at: new Date(SUNSET_AT).toISOString(),
      successor: 2,
      migration_guide: '/chapters/versioning#migrating-from-v1-to-v2',
    });
    expect(res.body.data.slice(1).map((v: { status: string; sunset_at: null }) => [v.status, v.sunset_at])).toEqual([['current', null], ['current', null]]);
    expect(res.body.meta).toMatchObject({ started_at: START, default_version: 2 });
  });
});

describe('once deprecated', () => {
  beforeEach(async () => {
    await moveClock(31 * DAY_S);
  });

  it('sends Deprecation as an RFC 9745 structured-field date that parses to the deprecation instant', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users');
    expect(res.status).toBe(200);
    const [value, params] = parseItem(res.headers.get('Deprecation')!);
    expect(value).toBeInstanceOf(Date);
    expect((value as Date).getTime()).toBe(DEPRECATED_AT);
    expect(params.size).toBe(0);
  });

  it('sends Sunset as an IMF-fixdate and a Link to the migration guide with rel="deprecation"', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users/usr_1');
    const sunset = res.headers.get('Sunset')!;
    expect(sunset).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(Date.parse(sunset)).toBe(SUNSET_AT);
    expect(res.headers.get('Link')).toBe('</chapters/versioning#migrating-from-v1-to-v2>; rel="deprecation"; type="text/html"');
  });

  it('marks v1 asked for through the negotiated URL too, but not v2 or the other v1 resources', async () => {
    const negotiated = await call(sandbox, 'GET', '/api/users/usr_1', { headers: { 'API-Version': '1' } });
    expect(negotiated.headers.get('Deprecation')).not.toBeNull();
    for (const path of ['/api/v2/users/usr_1', '/api/users/usr_1', '/api/v1/users/usr_1/orders', '/api/v1/products']) {
      expect((await call(sandbox, 'GET', path)).headers.get('Deprecation'), path).toBeNull();
    }
  });

  it('shows v1 as deprecated in the schedule', async () => {
    expect((await call(sandbox, 'GET', '/api/v1/sandbox/versions')).body.data[0].status).toBe('deprecated');
  });
});

describe('after the sunset', () => {
  beforeEach(async () => {
    await moveClock(90 * DAY_S);
  });

  it('answers v1 users with 410 version_sunset naming the replacement, with the Sunset and Link headers', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users/usr_1');
    expect(res.status).toBe(410);
    expect(res.body.error.code).toBe('version_sunset');
    expect(res.body.error.message).toContain('Use version 2 instead (/api/v2/users/usr_1)');
    expect(Date.parse(res.headers.get('Sunset')!)).toBe(SUNSET_AT);
    expect(res.headers.get('Link')).toContain('rel="deprecation"');
    expect(res.headers.get('Vary')).toBe('API-Version, Accept');
  });

  it('refuses writes in v1 too, changing nothing', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Plato', email: 'plato@example.com' } });
    expect(res.status).toBe(410);
    expect((await call(sandbox, 'GET', '/api/v2/users')).body.data).toHaveLength(3);
  });

  it('tells a negotiated v1 request to send API-Version: 2', async () => {
    const res = await call(sandbox, 'GET', '/api/users?version=1');
    expect(res.status).toBe(410);
    expect(res.body.error.message).toContain('send API-Version: 2');
  });

  it('still serves v2 and v3', async () => {
    expect((await call(sandbox, 'GET', '/api/v2/users/usr_1')).status).toBe(200);
    expect((await call(sandbox, 'GET', '/api/v3/users/usr_1')).status).toBe(200);
  });

  it('serves v1 again, undeprecated, after a sandbox reset', async () => {
    await call(sandbox, 'POST', '/api/v1/sandbox/reset');
    const res = await call(sandbox, 'GET', '/api/v1/users/usr_1');
    expect(res.status).toBe(200);
    expect(res.headers.get('Deprecation')).toBeNull();
  });
});
