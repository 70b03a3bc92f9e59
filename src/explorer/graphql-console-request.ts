/**
 * What the GraphQL console sends and how it reads the answer, free of React and Monaco so
 * that unit tests can drive it against the sandbox directly.
 */
import { parse, type OperationTypeNode } from 'graphql';
import { graphqlConsole } from '@messages/graphql-console';

/** Sends a request to the sandbox: `fetch` in the page, `sandbox.fetch` in tests. */
export type SandboxFetch = (path: string, init: RequestInit) => Promise<Response>;

/** The GraphQL endpoint the console talks to. */
export const GRAPHQL_ENDPOINT = '/api/graphql';

/** Either the variables object, or a message that says what to fix. */
export type VariablesResult = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

/** Reads the variables editor's text: empty means no variables; anything else must be a JSON object. */
export function parseVariables(text: string): VariablesResult {
  if (text.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: graphqlConsole.variablesNotJson(reason) };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, message: graphqlConsole.variablesNotObject };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

/**
 * The kind of the operation the document would run (its only one, or the named one), or
 * null when the text does not parse: the server then reports the syntax error itself.
 */
export function operationKind(query: string, operationName?: string): OperationTypeNode | null {
  try {
    const operations = parse(query).definitions.filter((d) => d.kind === 'OperationDefinition');
    const chosen = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
    return chosen?.operation ?? null;
  } catch {
    return null;
  }
}

/** One answered query or mutation, with what the sandbox reports about the work it did. */
export interface GraphqlRun {
  status: number;
  /** The parsed JSON body; null when the body was not JSON. */
  body: unknown;
  /** X-Store-Reads: how many times the resolvers went to the store. */
  storeReads: number | null;
  /** The X-DataLoader the server echoed: "on" or "off". */
  dataLoader: string | null;
  /** Bytes of the request body and of the response body. */
  requestBytes: number;
  responseBytes: number;
  ms: number;
}

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
  /** Sent as X-DataLoader, so the switch affects this request only. */
  dataLoader: boolean;
  endpoint?: string;
}

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/** Builds the POST a GraphQL-over-HTTP client sends for a query or mutation. */
export function graphqlInit({ query, variables, dataLoader }: GraphqlRequest, accept = 'application/graphql-response+json'): RequestInit {
  const body = JSON.stringify(Object.keys(variables).length ? { query, variables } : { query });
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: accept, 'X-DataLoader': dataLoader ? 'on' : 'off' },
    body,
  };
}

/** Runs a query or mutation and reads the whole answer. */
export async function runGraphql(send: SandboxFetch, request: GraphqlRequest): Promise<GraphqlRun> {
  const init = graphqlInit(request);
  const started = performance.now();
  const response = await send(request.endpoint ?? GRAPHQL_ENDPOINT, init);
  const text = await response.text();
  const ms = Math.round(performance.now() - started);
  let body: unknown = null;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    body = null; // Shown as "not JSON" by the caller; the sandbox itself always answers JSON here.
  }
  const reads = response.headers.get('X-Store-Reads');
  return {
    status: response.status,
    body,
    storeReads: reads === null ? null : Number(reads),
    dataLoader: response.headers.get('X-DataLoader'),
    requestBytes: byteLength(String(init.body)),
    responseBytes: byteLength(text),
    ms,
  };
}

/** One `next` event of a subscription stream: its parsed payload. */
export type SubscriptionEvent = { data?: unknown; errors?: unknown[] };

/**
 * Runs a subscription over server-sent events and calls `onEvent` for each `next` event
 * as it arrives. Resolves when the server completes the stream or `signal` aborts it
 * (leaving a loop does not cancel a fetch body, so the signal is what stops the server's side).
 */
export async function streamSubscription(send: SandboxFetch, request: GraphqlRequest, onEvent: (event: SubscriptionEvent) => void, signal: AbortSignal): Promise<void> {
  const response = await send(request.endpoint ?? GRAPHQL_ENDPOINT, { ...graphqlInit(request, 'text/event-stream'), signal });
  if (!(response.headers.get('Content-Type') ?? '').includes('text/event-stream') || !response.body) {
    // Refused before streaming (a parse or validation error): the body is an ordinary JSON result.
    const text = await response.text();
    onEvent(JSON.parse(text) as SubscriptionEvent);
    return;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = parseFrame(frame);
        if (event?.name === 'complete') return;
        if (event?.name === 'next') onEvent(JSON.parse(event.data) as SubscriptionEvent);
      }
    }
  } catch (error) {
    if (signal.aborted) return;
    throw error;
  } finally {
    reader.releaseLock();
  }
}

/** One SSE frame's event name and joined data lines; comment-only frames give null. */
export function parseFrame(frame: string): { name: string; data: string } | null {
  let name = 'message';
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    if (line.startsWith(':') || line === '') continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') name = value;
    else if (field === 'data') data.push(value);
  }
  return data.length || name !== 'message' ? { name, data: data.join('\n') } : null;
}
