import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/index';
import { exampleResponses, GROUPS, groupEntries, readEntries, typicalRequest, type CatalogueEntry } from '../../src/explorer/error-catalogue-data';
import { reproducers } from '../../src/explorer/error-catalogue-try-its';
import type { TryItRequest } from '../../src/content/types';

const sandbox = createSandbox();
beforeEach(() => sandbox.reset());

async function send(request: TryItRequest, accept?: string) {
  const headers = new Headers(request.headers);
  if (accept) headers.set('Accept', accept);
  const response = await sandbox.fetch(new Request(`http://sandbox.local${request.url}`, { method: request.method, headers, body: request.body ?? undefined }));
  return { status: response.status, headers: response.headers, json: await response.json() };
}

async function catalogue(): Promise<CatalogueEntry[]> {
  const { json } = await send({ method: 'GET', url: '/api/v1/errors', headers: [], body: null });
  return readEntries(json.data);
}

const entry = (over: Partial<CatalogueEntry>): CatalogueEntry => ({
  code: 'x', status: 400, type: 'validation_error', group: 'validation', title: 'T', description: 'D', fix: 'F', doc_url: '/errors/x', ...over,
});

describe('reading the catalogue', () => {
  it('reads every entry the sandbox lists, each in one of the four groups', async () => {
    const entries = await catalogue();
    expect(entries.length).toBeGreaterThan(10);
    for (const e of entries) expect(GROUPS).toContain(e.group);
  });

  it('names the field that breaks the shape', () => {
    expect(() => readEntries([{ ...entry({}), fix: 3 }])).toThrow("The catalogue's data[0].fix should be a string.");
    expect(() => readEntries({ ...entry({}), group: 'other' })).toThrow("data.group should be one of authentication, validation, business, system");
  });

  it('groups in the guide’s order, by status inside a group, leaving empty groups out', () => {
    const grouped = groupEntries([
      entry({ code: 'b', status: 503, group: 'system' }),
      entry({ code: 'a', status: 429, group: 'system' }),
      entry({ code: 'c', status: 422 }),
      entry({ code: 'd', status: 401, group: 'authentication' }),
    ]);
    expect(grouped.map((g) => [g.group, g.entries.map((e) => e.code)])).toEqual([
      ['authentication', ['d']],
      ['validation', ['c']],
      ['system', ['a', 'b']],
    ]);
  });
});

describe('example responses', () => {
  it('have the same members, in the same order, as the sandbox’s real envelope and problem details', async () => {
    const validation = (await catalogue()).find((e) => e.code === 'validation_failed')!;
    const { envelope, problem } = exampleResponses(validation);
    const real = await send(reproducers.validation_failed);
    const realProblem = await send(reproducers.validation_failed, 'application/problem+json');
    expect(Object.keys((envelope.body as { error: object }).error)).toEqual(Object.keys(real.json.error));
    expect(Object.keys(problem.body as object)).toEqual(Object.keys(realProblem.json));
    expect(problem.headers).toContainEqual(['Content-Type', 'application/problem+json']);
    expect((problem.body as { instance: string }).instance).toBe(realProblem.json.instance);
  });

  it('carry Retry-After on a 429 and a 503, and Allow on a 405', () => {
    expect(exampleResponses(entry({ status: 429 })).envelope.headers.map(([n]) => n)).toContain('Retry-After');
    expect(exampleResponses(entry({ status: 503 })).problem.headers.map(([n]) => n)).toContain('Retry-After');
    expect(exampleResponses(entry({ status: 405 })).envelope.headers.map(([n]) => n)).toContain('Allow');
  });

  it('name a typical request for every code the sandbox lists', async () => {
    const missing = (await catalogue()).filter((e) => typicalRequest(e.code) === null).map((e) => e.code);
    expect(missing, 'add these codes to typicalRequests in src/explorer/error-catalogue-data.ts').toEqual([]);
  });

  it('leave instance out when the page knows no typical request for the code', () => {
    expect(typicalRequest('no_such_code')).toBeNull();
    expect(exampleResponses(entry({ code: 'no_such_code' })).problem.body).not.toHaveProperty('instance');
  });
});

describe('live reproducers on a code’s page', () => {
  it.each(Object.entries(reproducers))('%s: the request answers with that code and its catalogued status', async (code, request) => {
    const entries = await catalogue();
    const { status, json } = await send(request);
    expect(json.error.code).toBe(code);
    expect(status).toBe(entries.find((e) => e.code === code)?.status);
  });
});
