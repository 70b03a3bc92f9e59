import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { ERROR_GROUPS, errorCatalogue } from '../../sandbox/patterns/error-catalogue';
import { ERROR_CODES } from '../../sandbox/patterns/errors';
import { call, openApiDocument, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const SANDBOX_DIR = join(import.meta.dirname, '../../sandbox');
const CATALOGUE_FILES = ['patterns/errors.ts', 'patterns/error-catalogue.ts'];
const codes = Object.keys(ERROR_CODES);

/** Every .ts file of the sandbox, with its path relative to sandbox/. */
function sandboxSources(): { file: string; text: string }[] {
  return readdirSync(SANDBOX_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => ({ file: relative(SANDBOX_DIR, join(SANDBOX_DIR, file)), text: readFileSync(join(SANDBOX_DIR, file), 'utf8') }));
}

describe('error catalogue', () => {
  it('gives every code a group of the guide, a title, a description, a fix and its page', () => {
    const catalogue = errorCatalogue();
    expect(catalogue.map((entry) => entry.code).sort()).toEqual([...codes].sort());
    for (const entry of catalogue) {
      expect(ERROR_GROUPS, entry.code).toContain(entry.group);
      expect(entry.status, entry.code).toBe(ERROR_CODES[entry.code].status);
      expect(entry.description.length, `${entry.code} needs a description`).toBeGreaterThan(40);
      expect(entry.fix.length, `${entry.code} needs a "how to fix"`).toBeGreaterThan(30);
      expect(entry.description, entry.code).not.toBe(entry.fix);
      expect(entry.doc_url).toBe(`/errors/${entry.code}`);
    }
  });

  it('groups the codes as the guide does: 401 authentication, 4xx input validation or business, 5xx and 429 system', () => {
    const groupOf = Object.fromEntries(errorCatalogue().map((entry) => [entry.code, entry.group]));
    expect(groupOf).toMatchObject({
      invalid_api_key: 'authentication',
      invalid_json: 'validation',
      validation_failed: 'validation',
      resource_not_found: 'business',
      email_taken: 'business',
      rate_limit_exceeded: 'system',
      internal_error: 'system',
      service_unavailable: 'system',
    });
    const order = errorCatalogue().map((entry) => ERROR_GROUPS.indexOf(entry.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('catalogues every code the sandbox code throws', () => {
    const thrown = new Set<string>();
    for (const { text } of sandboxSources()) {
      for (const match of text.matchAll(/new ApiError\(\s*'([a-z_]+)'/g)) thrown.add(match[1]!);
    }
    expect(thrown.size).toBeGreaterThan(10);
    for (const code of thrown) expect(codes, `${code} is thrown but not in the catalogue`).toContain(code);
  });

  it('lists only codes that some part of the sandbox produces', () => {
    const producers = sandboxSources().filter(({ file }) => !CATALOGUE_FILES.includes(file));
    for (const code of codes) {
      const users = producers.filter(({ text }) => text.includes(`'${code}'`));
      expect(users.map(({ file }) => file), `nothing in sandbox/ produces ${code}; remove it or use it`).not.toEqual([]);
    }
  });

  it('documents every code in /openapi.json on the operations that return it', async () => {
    const document = (await openApiDocument()) as any;
    const documented = new Set<string>();
    for (const item of Object.values<any>(document.paths)) {
      for (const operation of Object.values<any>(item)) {
        for (const [status, response] of Object.entries<any>(operation.responses)) {
          for (const match of String(response.description).matchAll(/`([a-z_]+)`/g)) {
            documented.add(match[1]!);
            expect(String(ERROR_CODES[match[1] as keyof typeof ERROR_CODES]?.status), `${match[1]} documented under ${status}`).toBe(status);
          }
        }
      }
    }
    // These answer requests that match no documented operation, so none can list them: the first two
    // for paths and methods the API lacks, the last two only on /gateway/*, which mirrors documented routes.
    const outsideOperations = ['route_not_found', 'method_not_allowed', 'upstream_timeout', 'fault_injected'];
    for (const code of codes.filter((c) => !outsideOperations.includes(c))) {
      expect([...documented], `no operation in /openapi.json documents ${code}`).toContain(code);
    }
  });
});

describe('GET /api/v1/errors', () => {
  it('lists the whole catalogue, grouped, each entry linking to itself', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/errors');
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ count: codes.length, has_more: false });
    expect(res.body.links).toEqual({ self: '/api/v1/errors' });
    expect(res.body.data.map((entry: { code: string }) => entry.code)).toEqual(errorCatalogue().map((entry) => entry.code));
    expect(res.body.data.find((entry: { code: string }) => entry.code === 'rate_limit_exceeded')).toMatchObject({
      status: 429,
      type: 'rate_limit_error',
      group: 'system',
      title: 'Too many requests',
      fix: expect.stringContaining('Retry-After'),
      links: { self: '/api/v1/errors/rate_limit_exceeded' },
    });
  });

  it('filters by group', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/errors?group=authentication');
    expect(res.status).toBe(200);
    const entries: { code: string; group: string; status: number }[] = res.body.data;
    expect(entries.every((entry) => entry.group === 'authentication' && (entry.status === 401 || entry.status === 403))).toBe(true);
    expect(entries.map((entry) => entry.code)).toEqual(expect.arrayContaining(['invalid_api_key', 'invalid_token', 'authentication_required', 'insufficient_permissions']));
    expect(entries.map((entry) => entry.code)).not.toContain('resource_not_found');
    expect(res.body.links.self).toBe('/api/v1/errors?group=authentication');
  });

  it('returns 422 naming group when the group does not exist', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/errors?group=fatal');
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([expect.objectContaining({ field: 'group', code: 'invalid_value' })]);
  });

  it('returns one entry by code', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/errors/service_unavailable');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: errorCatalogue().find((entry) => entry.code === 'service_unavailable'),
      links: { self: '/api/v1/errors/service_unavailable' },
    });
  });

  it('returns 404 for a code that does not exist, pointing to the list', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/errors/teapot');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'resource_not_found', param: 'code' });
    expect(res.body.error.message).toContain('GET /api/v1/errors');
    expect((await call(sandbox, 'GET', '/api/v1/errors/constructor')).status).toBe(404);
  });

  it('has an entry behind the doc_url of every error the sandbox answers', async () => {
    const errors = [
      await call(sandbox, 'GET', '/api/v1/users/usr_404'),
      await call(sandbox, 'DELETE', '/api/v1/users'),
      await call(sandbox, 'GET', '/api/v1/users', { headers: { 'X-API-Key': 'nope' } }),
      await call(sandbox, 'POST', '/api/v1/payments', { json: { order_id: 'ord_1' } }),
    ];
    for (const error of errors) {
      const code = error.body.error.code;
      expect(error.body.error.doc_url).toBe(`/errors/${code}`);
      expect((await call(sandbox, 'GET', `/api/v1/errors/${code}`)).body.data.title).toBe(ERROR_CODES[code as keyof typeof ERROR_CODES].title);
    }
  });
});
