import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { expect } from 'vitest';
import { createManualClock, createSandbox, type Sandbox } from '../../sandbox/index';

/**
 * Shared helpers for the sandbox tests: a sandbox with a frozen clock, a `call`
 * that returns status, headers and parsed body, and a check that every JSON body
 * matches what /openapi.json promises for that operation and status.
 */

export const ORIGIN = 'http://sandbox.local';
export const START = '2026-03-01T12:00:00.000Z';

/** A fresh sandbox whose clock stands at START. */
export function testSandbox(): Sandbox {
  return createSandbox({ clock: createManualClock(START) });
}

export interface CallOptions {
  /** Sent as JSON with Content-Type: application/json. */
  json?: unknown;
  /** Sent as-is (for malformed bodies and other content types). */
  body?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
  text: string;
}

/**
 * Sends one request and checks it against the OpenAPI document: the status must be
 * documented for the operation and a JSON body must match its schema. A 500 fails the
 * test at once: no request a client can make should crash the sandbox.
 */
export async function call(sandbox: Sandbox, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers = new Headers(options.headers);
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  }
  const response = await sandbox.fetch(new Request(ORIGIN + path, { method, headers, body }));
  const text = await response.text();
  const contentType = response.headers.get('Content-Type') ?? '';
  const parsed = /json/.test(contentType) && text ? JSON.parse(text) : undefined;
  expect(response.status, `${method} ${path} crashed the sandbox: ${text}`).not.toBe(500);
  await expectDocumented(method, path, response.status, contentType, parsed);
  return { status: response.status, headers: response.headers, body: parsed, text };
}

// ---- OpenAPI conformance -------------------------------------------------------------

type DocumentedResponse = { description?: string; content?: Record<string, { schema: object }> };
type DocumentedOperation = { operationId?: string; parameters?: object[]; requestBody?: object; responses: Record<string, DocumentedResponse> };
type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, DocumentedOperation>>;
  components: { schemas: Record<string, object> };
};

let documentPromise: Promise<OpenApiDocument> | undefined;
const validators = new Map<string, ValidateFunction>();

/** The sandbox's own /openapi.json, fetched once per test file. */
export function openApiDocument(): Promise<OpenApiDocument> {
  documentPromise ??= createSandbox()
    .fetch(new Request(`${ORIGIN}/openapi.json`))
    .then((response) => response.json() as Promise<OpenApiDocument>);
  return documentPromise;
}

/** The document's path template that a concrete path matches, e.g. /api/v1/users/usr_1 → /api/v1/users/{id}. */
export function pathTemplate(document: OpenApiDocument, path: string): string | undefined {
  const bare = path.split('?')[0]!;
  return Object.keys(document.paths).find((template) =>
    new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(bare),
  );
}

/** The documented response for `status`: the exact code, else its range (`4XX`), else `default`. */
function documentedResponse(responses: Record<string, DocumentedResponse>, status: number): DocumentedResponse | undefined {
  return responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
}

/**
 * Asserts that a response is one the document promises: for a documented operation the
 * status must be listed, and a JSON body must match the schema given for that status and
 * content type. Errors outside any operation (unknown route, wrong method) are checked
 * against the shared Error / Problem schemas.
 */
export async function expectDocumented(method: string, path: string, status: number, contentType: string, body: unknown): Promise<void> {
  const document = await openApiDocument();
  const mediaType = contentType.split(';')[0]!.trim();
  if (path === '/openapi.json' && status === 200) return; // the document itself: see openapi.test.ts
  const operation = documentedOperation(document, method, path);
  const response = operation && documentedResponse(operation.responses, status);
  if (operation) {
    const listed = Object.keys(operation.responses).join(', ');
    expect(response, `/openapi.json documents no ${status} response for ${method} ${path} (it lists ${listed}): declare the status on the route, or fix the handler or error that produced it.`).toBeDefined();
  }
  if (body === undefined) return;
  const documented = response?.content?.[mediaType]?.schema;

  let schema: object | undefined = documented;
  if (!schema && !operation && status >= 400) {
    schema = { $ref: mediaType === 'application/problem+json' ? '#/components/schemas/Problem' : '#/components/schemas/Error' };
  }
  expect(schema, `/openapi.json documents no ${mediaType} body for ${method} ${path} → ${status}: add that content type to the response, or answer with a documented one.`).toBeDefined();

  const key = JSON.stringify(schema);
  let validate = validators.get(key);
  if (!validate) {
    validate = compile(document, schema!);
    validators.set(key, validate);
  }
  const valid = validate(body);
  expect(valid, `${method} ${path} → ${status} does not match /openapi.json: ${JSON.stringify(validate.errors, null, 1)}`).toBe(true);
}

/** The documented operation that `method path` reaches, if any (HEAD and OPTIONS are answered by the HTTP-semantics middleware). */
export function documentedOperation(document: OpenApiDocument, method: string, path: string): DocumentedOperation | undefined {
  const template = pathTemplate(document, path);
  return template ? document.paths[template]![method.toLowerCase()] : undefined;
}

// OpenAPI 3.1 schemas are JSON Schema 2020-12; their refs point into components. The
// components are added once, as one schema of their own, and each response schema's refs
// are rewritten to point there — one Ajv for the whole run instead of one per schema.
const componentsId = 'openapi-components';
let shared: { ajv: Ajv2020; document: OpenApiDocument } | undefined;

function compile(document: OpenApiDocument, schema: object): ValidateFunction {
  const rewrite = (value: object) => JSON.parse(JSON.stringify(value).replaceAll('#/components/schemas/', `${componentsId}#/$defs/`));
  if (shared?.document !== document) {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    ajv.addVocabulary(['example']); // an OpenAPI annotation, not a JSON Schema keyword
    ajv.addSchema({ $id: componentsId, $defs: rewrite(document.components.schemas) });
    shared = { ajv, document };
  }
  return shared.ajv.compile(rewrite(schema));
}
