import { findJsonSyntaxError } from '../../patterns/json-syntax';
import type { GraphqlParams } from '../operation';
import { mediaTypeOf } from './media-types';

/**
 * Reads the GraphQL request out of an HTTP request, as the GraphQL-over-HTTP spec lays it out:
 * - GET: `query`, `operationName`, and `variables` / `extensions` as JSON text, in the URL;
 * - POST: a JSON object `{ query, operationName?, variables?, extensions? }` sent with
 *   `Content-Type: application/json`.
 * Anything else is refused with the status the spec names and a message that says what to send.
 */

export type ParamsResult = { ok: true; params: GraphqlParams } | { ok: false; status: 400 | 415; message: string };

const fail = (status: 400 | 415, message: string): ParamsResult => ({ ok: false, status, message });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkFields(fields: Record<string, unknown>): ParamsResult {
  const { query, operationName, variables, extensions } = fields;
  if (typeof query !== 'string' || query.trim() === '') {
    return fail(400, 'query is missing: send the GraphQL document as a string in "query", e.g. {"query": "{ viewer { login } }"}.');
  }
  if (operationName != null && typeof operationName !== 'string') return fail(400, 'operationName must be a string (or left out).');
  if (variables != null && !isObject(variables)) return fail(400, 'variables must be a JSON object mapping names to values, e.g. {"id": "usr_1"}.');
  if (extensions != null && !isObject(extensions)) return fail(400, 'extensions must be a JSON object (or left out).');
  return { ok: true, params: { query, operationName: operationName ?? null, variables: variables ?? null } };
}

function parseJsonParam(url: URL, name: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const text = url.searchParams.get(name);
  if (text === null || text === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const found = findJsonSyntaxError(text);
    const where = found ? ` (${found.reason} at column ${found.column})` : '';
    return { ok: false, message: `The ${name} parameter is not valid JSON${where}. URL-encode a JSON object, e.g. ${name}=%7B%22id%22%3A%22usr_1%22%7D.` };
  }
}

/** The GraphQL parameters of a GET or POST request. */
export async function readParams(request: Request): Promise<ParamsResult> {
  if (request.method === 'GET' || request.method === 'HEAD') {
    const url = new URL(request.url);
    const variables = parseJsonParam(url, 'variables');
    if (!variables.ok) return fail(400, variables.message);
    const extensions = parseJsonParam(url, 'extensions');
    if (!extensions.ok) return fail(400, extensions.message);
    return checkFields({ query: url.searchParams.get('query'), operationName: url.searchParams.get('operationName'), variables: variables.value, extensions: extensions.value });
  }

  const mediaType = mediaTypeOf(request.headers.get('Content-Type'));
  if (mediaType !== 'application/json') {
    const sent = mediaType ? `as ${mediaType}` : 'without a Content-Type header';
    return fail(415, `The body was sent ${sent}. Send a JSON object with the header Content-Type: application/json.`);
  }
  const text = await request.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const found = findJsonSyntaxError(text);
    const where = found ? `: ${found.reason}, at line ${found.line}, column ${found.column}` : '';
    return fail(400, `The request body is not valid JSON${where}. Fix the JSON and send it again.`);
  }
  if (Array.isArray(body)) return fail(400, 'The body is an array; batched requests are not supported. Send one {"query": ...} object per request.');
  if (!isObject(body)) return fail(400, 'The body must be a JSON object such as {"query": "{ viewer { login } }"}.');
  return checkFields(body);
}
