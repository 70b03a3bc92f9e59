import { describe, expect, it } from 'vitest';
import { concretePath } from './openapi-routes';
import { sampleFor } from './response-validation-samples';
import { expectDocumented, openApiDocument, ORIGIN } from './support';
import { authSandbox } from './tenants-support';

/**
 * Walks every operation of /openapi.json with a plausible request built from the document
 * itself, then with the usual mistakes (an unknown id, a malformed body, a bad credential),
 * and holds each answer to the document: a documented status, and a body that matches it.
 */

type Json = Record<string, any>;

const document = (await openApiDocument()) as unknown as Json;
const components: Json = document.components.schemas;
const operations = Object.entries<Json>(document.paths).flatMap(([template, item]) =>
  Object.entries<Json>(item).map(([method, operation]) => ({ method: method.toUpperCase(), template, operation })),
);

// Where the generic request would not be plausible: a long poll would wait on a clock that never moves.
const QUERY_OVERRIDES: Record<string, Record<string, string>> = {
  'GET /api/v1/notifications/poll': { since: '0', timeout: '0' },
};

interface Sent {
  status: number;
  contentType: string;
  body: unknown;
}

/** Sends one request; a streaming answer is checked by its status and content type, then closed. */
async function send(sandbox: { fetch(request: Request): Promise<Response> }, method: string, path: string, init: { headers: Headers; body?: string }): Promise<Sent> {
  const response = await sandbox.fetch(new Request(ORIGIN + path, { method, headers: init.headers, body: init.body }));
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.startsWith('text/event-stream')) {
    await response.body?.cancel();
    return { status: response.status, contentType, body: undefined };
  }
  const text = await response.text();
  return { status: response.status, contentType, body: /json/.test(contentType) && text ? JSON.parse(text) : undefined };
}

/** The plausible request for an operation: seed ids in the path, sample query, header and body values. */
function plausibleRequest(method: string, template: string, operation: Json, authorization: string) {
  const query = new URLSearchParams();
  const headers = new Headers({ Authorization: authorization });
  for (const parameter of (operation.parameters ?? []) as Json[]) {
    if (!parameter.required) continue;
    const value = String(sampleFor(parameter.schema, components));
    if (parameter.in === 'query') query.set(parameter.name, value);
    if (parameter.in === 'header') headers.set(parameter.name, value);
  }
  for (const [name, value] of Object.entries(QUERY_OVERRIDES[`${method} ${template}`] ?? {})) query.set(name, value);
  if (method === 'POST' && (operation.parameters ?? []).some((parameter: Json) => parameter.name === 'Idempotency-Key')) {
    headers.set('Idempotency-Key', `walk-${method}-${template}`);
  }

  let body: string | undefined;
  const content = operation.requestBody?.content as Json | undefined;
  if (content) {
    const [mediaType, media] = Object.entries<Json>(content)[0]!;
    const sample = sampleFor(media.schema, components);
    headers.set('Content-Type', mediaType);
    if (mediaType === 'application/x-www-form-urlencoded') body = new URLSearchParams(sample as Record<string, string>).toString();
    else body = typeof sample === 'string' && !mediaType.endsWith('json') ? sample : JSON.stringify(sample);
  }
  const search = query.toString();
  return { path: concretePath(template) + (search ? `?${search}` : ''), headers, body };
}

describe('every documented operation answers as /openapi.json says', () => {
  it.each(operations)('$method $template: a plausible request', async ({ method, template, operation }) => {
    const { sandbox, bearer } = authSandbox();
    const { Authorization } = await bearer('ada');
    const request = plausibleRequest(method, template, operation, Authorization!);
    const sent = await send(sandbox, method, request.path, request);
    expect(sent.status, `${method} ${request.path} crashed the sandbox: ${JSON.stringify(sent.body)}`).not.toBe(500);
    await expectDocumented(method, request.path, sent.status, sent.contentType, sent.body);
  });

  const itemOperations = operations.filter(({ template }) => /\{[^}]+\}$/.test(template));
  it.each(itemOperations)('$method $template: an id that does not exist', async ({ method, template, operation }) => {
    const { sandbox, bearer } = authSandbox();
    const { Authorization } = await bearer('ada');
    const request = plausibleRequest(method, template, operation, Authorization!);
    const path = request.path.replace(/\/[^/?]+(\?|$)/, '/zzz_missing$1');
    const sent = await send(sandbox, method, path, request);
    expect(sent.status, `${method} ${path}`).toBeGreaterThanOrEqual(400);
    await expectDocumented(method, path, sent.status, sent.contentType, sent.body);
  });

  const jsonBodyOperations = operations.filter(({ operation }) => operation.requestBody?.content?.['application/json']);
  it.each(jsonBodyOperations)('$method $template: a malformed JSON body', async ({ method, template, operation }) => {
    const { sandbox, bearer } = authSandbox();
    const { Authorization } = await bearer('ada');
    const request = plausibleRequest(method, template, operation, Authorization!);
    request.headers.set('Content-Type', 'application/json');
    const sent = await send(sandbox, method, request.path, { headers: request.headers, body: '{"unclosed": ' });
    expect(sent.status, `${method} ${request.path}`).toBeGreaterThanOrEqual(400);
    await expectDocumented(method, request.path, sent.status, sent.contentType, sent.body);
  });

  const apiOperations = operations.filter(({ template }) => template.startsWith('/api/'));
  it.each(apiOperations)('$method $template: an unknown API key', async ({ method, template, operation }) => {
    const { sandbox } = authSandbox();
    const request = plausibleRequest(method, template, operation, 'Bearer nope');
    request.headers.delete('Authorization');
    request.headers.set('X-API-Key', 'key_unknown');
    const sent = await send(sandbox, method, request.path, request);
    await expectDocumented(method, request.path, sent.status, sent.contentType, sent.body);
  });
});

describe('the conformance check itself', () => {
  it('fails a status the operation does not document, even without a body', async () => {
    await expect(expectDocumented('DELETE', '/api/v1/users/usr_1', 200, '', undefined)).rejects.toThrow(/documents no 200 response/);
  });

  it('fails a 4xx body that is not the Error envelope', async () => {
    await expect(expectDocumented('GET', '/api/v1/users/usr_1', 404, 'application/json', { message: 'not found' })).rejects.toThrow(/does not match/);
  });

  it('checks an error outside any operation against the shared Error schema', async () => {
    await expect(expectDocumented('GET', '/api/v1/nowhere', 404, 'application/json', { error: 'nope' })).rejects.toThrow(/does not match/);
  });
});
