/**
 * Sending real Requests to the learner's handler and reading the Responses, with a label
 * for each request that messages can quote: `POST /batch with 3 operations (Idempotency-Key: k1)`.
 */
import { recordingStore, type RecordingStore } from './user-store';

export type BatchHandler = (request: Request) => unknown;
export type CreateBatchHandler = (deps: BatchHandlerDeps) => unknown;

/** The exported factory, or an Error that says how to export it. */
export function exportedFactory(exports: Record<string, unknown>): CreateBatchHandler {
  const fn = exports.createBatchHandler;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      'Export a function named createBatchHandler (write "export function createBatchHandler(deps) { return async (request) => { ... } }"); ' +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as CreateBatchHandler;
}

/** A fresh store and a handler built on it. */
export function setUp(create: CreateBatchHandler): { store: RecordingStore; handler: BatchHandler } {
  const store = recordingStore();
  const handler = create({ users: store });
  if (typeof handler !== 'function') {
    throw new Error(`createBatchHandler(deps) returned ${JSON.stringify(handler) ?? 'undefined'}; return the handler itself: an async function (request) => Response.`);
  }
  return { store, handler: handler as BatchHandler };
}

export interface Sent {
  label: string;
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, or undefined when it is not JSON. */
  json: unknown;
}

export interface BatchRequest {
  /** A JSON value to send, or raw text. */
  body: unknown;
  key?: string;
}

function describeRequest({ body, key }: BatchRequest): string {
  const operations = (body as { operations?: unknown } | null)?.operations;
  const what = typeof body === 'string' ? `the body ${JSON.stringify(body.slice(0, 40))}` : Array.isArray(operations) ? `${operations.length} operation${operations.length === 1 ? '' : 's'}` : `the body ${JSON.stringify(body)}`;
  return `POST /batch with ${what}${key ? ` (Idempotency-Key: ${key})` : ''}`;
}

/** Sends one request to the handler; a throw or a non-Response becomes an Error that says so. */
export async function send(handler: BatchHandler, request: BatchRequest): Promise<Sent> {
  const label = describeRequest(request);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (request.key) headers['idempotency-key'] = request.key;
  const text = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
  let response: unknown;
  try {
    response = await handler(new Request('https://api.example.test/batch', { method: 'POST', headers, body: text }));
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`${label}: the handler threw ${reason}. Answer every request with a Response; bad input gets a 4xx with an error body, not an exception.`);
  }
  if (!(response instanceof Response)) {
    throw new Error(`${label}: the handler resolved to ${JSON.stringify(response) ?? 'undefined'}, not a Response. Return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }).`);
  }
  const body = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { label, status: response.status, headers: response.headers, text: body, json };
}

/** The body of a processed batch, or an Error describing what came back instead. */
export function batchBody(sent: Sent): BatchResponseBody {
  const body = sent.json as Partial<BatchResponseBody> | undefined;
  if (sent.status !== 200 || !body || !Array.isArray(body.results)) {
    throw new Error(`${sent.label} answered ${sent.status} ${sent.text.slice(0, 160)}; expected 200 with { results: [...], summary: {...} }. A processed batch answers 200, even when some operations failed.`);
  }
  return body as BatchResponseBody;
}
