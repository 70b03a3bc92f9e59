import { expect } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { ORIGIN } from './support';

/**
 * Shared helpers for the GraphQL tests: send an operation over GET or POST the way a
 * client would, and read a server-sent event stream one event at a time.
 *
 * graphql@16 ships CommonJS (index.js) and ESM (index.mjs) side by side with no "exports"
 * map; vitest would give the sandbox one copy and the federation libraries the other, and
 * a schema built by one is refused by the other. vite.config.ts's `test.alias` points every
 * `import 'graphql'` at index.js, so the tests need no per-file workaround.
 */

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';

export interface GqlOptions {
  variables?: Record<string, unknown>;
  operationName?: string;
  method?: 'GET' | 'POST';
  /** Sent as the Accept header; default: none (the server then answers application/json). */
  accept?: string;
  headers?: Record<string, string>;
  path?: string;
}

export interface GqlResult {
  status: number;
  headers: Headers;
  body: any;
}

/** The Request a GraphQL client would send for this operation. */
export function gqlRequest(query: string, options: GqlOptions = {}): Request {
  const { variables, operationName, method = 'POST', accept, headers = {}, path = '/api/graphql' } = options;
  const allHeaders = new Headers(headers);
  if (accept) allHeaders.set('Accept', accept);
  if (method === 'GET') {
    const url = new URL(ORIGIN + path);
    url.searchParams.set('query', query);
    if (variables) url.searchParams.set('variables', JSON.stringify(variables));
    if (operationName) url.searchParams.set('operationName', operationName);
    return new Request(url, { headers: allHeaders });
  }
  allHeaders.set('Content-Type', 'application/json');
  return new Request(ORIGIN + path, { method: 'POST', headers: allHeaders, body: JSON.stringify({ query, variables, operationName }) });
}

/** Sends one operation to the sandbox and parses the JSON answer. Never expects a crash. */
export async function gql(sandbox: Pick<Sandbox, 'fetch'>, query: string, options: GqlOptions = {}): Promise<GqlResult> {
  const response = await sandbox.fetch(gqlRequest(query, options));
  const text = await response.text();
  expect(response.status, `the sandbox crashed: ${text}`).toBeLessThan(500);
  return { status: response.status, headers: response.headers, body: JSON.parse(text) };
}

/** Asserts a successful result (no errors) and returns its data. */
export async function data(sandbox: Pick<Sandbox, 'fetch'>, query: string, options: GqlOptions = {}): Promise<any> {
  const result = await gql(sandbox, query, options);
  expect(result.body.errors, JSON.stringify(result.body.errors)).toBeUndefined();
  expect(result.status).toBe(200);
  return result.body.data;
}

export interface SseEvent {
  event: string;
  data: string;
}

/**
 * Reads a text/event-stream body event by event (comment lines are skipped).
 * `next()` resolves with the next event, or null once the stream has ended.
 */
export function sseReader(body: ReadableStream<Uint8Array>) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async next(): Promise<SseEvent | null> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n').filter((line) => !line.startsWith(':'));
          if (lines.length === 0) continue;
          const field = (name: string) =>
            lines
              .filter((line) => line.startsWith(`${name}:`))
              .map((line) => line.slice(name.length + 1).replace(/^ /, ''))
              .join('\n');
          return { event: field('event') || 'message', data: field('data') };
        }
        const { done, value } = await reader.read();
        if (done) return null;
        buffer += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}
