import fc from 'fast-check';
import { concretePath } from '../sandbox/openapi-routes';
import type { FuzzRequest } from './sandbox-fuzz-harness';
import { tokenPlaceholder } from './sandbox-fuzz-target';
import { schemaArbitrary, type JsonSchema } from './sandbox-schema-arbitrary';

/**
 * Fuzzed requests for one documented operation: mostly its own method and a seed id in its
 * path, otherwise anything (other methods, garbage ids); query parameters valid per their
 * schema or not; random headers with real tokens some of the time; bodies valid per the
 * request schema, or broken in the ways clients break them.
 */

export interface Operation {
  method: string;
  template: string;
  parameters: { name: string; in: string; required?: boolean; schema?: JsonSchema }[];
  /** The request body's media types and schemas, if the operation takes one. */
  body?: Record<string, JsonSchema>;
}

type Components = Record<string, JsonSchema>;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'PROPFIND', 'PURGE'];

// Ids a client might send by mistake or malice. No `/`, `?`, `#` or `%`: those change which route a path is.
const garbageId = fc.oneof(
  fc.constantFrom('usr_0', 'usr_-1', 'usr_99999999999999999999', 'prd_1.5', 'ord_1e3', '__proto__', 'constructor', 'prototype', 'null', 'undefined', 'NaN', 'ten_globex', 'prj_4', 'ünïcødé', '😀', 'a'.repeat(2_000)),
  fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).filter((value) => !/[/?#%]/.test(value) && value.trim() !== '' && value !== '.' && value !== '..'),
);

const wrongQueryValue = fc.oneof(
  fc.constantFrom('', 'abc', '-1', '0', '1.5', '1e309', '99999999999999999999', 'NaN', 'true', '[]', '{}', 'ünï', '😀', '__proto__', 'null', ' 1', 'usr_1', 'x'.repeat(5_000)),
  fc.string({ maxLength: 20, unit: 'grapheme' }),
  fc.integer().map(String),
);

/** All fuzzed requests for `operation`. */
export function requestArbitrary(operation: Operation, components: Components): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: fc.oneof({ weight: 6, arbitrary: fc.constant(operation.method) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
      path: pathArbitrary(operation.template),
      query: queryArbitrary(operation, components),
      headers: headersArbitrary(),
      body: bodyArbitrary(operation, components),
    })
    .map(({ method, path, query, headers, body }) => {
      const request: FuzzRequest = { method, path: query ? `${path}?${query}` : path, headers: { ...headers } };
      if (body) {
        request.body = body.text;
        if (body.contentType && headers['Content-Type'] === undefined) request.headers['Content-Type'] = body.contentType;
      }
      return request;
    });
}

function pathArbitrary(template: string): fc.Arbitrary<string> {
  const seeded = concretePath(template);
  if (!template.includes('{')) return fc.oneof({ weight: 8, arbitrary: fc.constant(seeded) }, { weight: 1, arbitrary: fc.constantFrom(`${seeded}/`, `${seeded}/extra`, seeded.toUpperCase()) });
  const segments = template.split('/');
  const concrete = seeded.split('/');
  const slots = segments.map((segment, index) => (/^\{.+\}$/.test(segment) ? fc.oneof({ weight: 3, arbitrary: fc.constant(concrete[index]!) }, { weight: 1, arbitrary: createdId(concrete[index]!) }, { weight: 2, arbitrary: garbageId }) : fc.constant(segment)));
  return fc.tuple(...slots).map((parts) => parts.join('/'));
}

// The second or third row of the same kind: ids that fuzzed POSTs earlier in the sequence may have created.
function createdId(seedId: string): fc.Arbitrary<string> {
  const match = /^([a-z]+_)\d+$/.exec(seedId);
  return match ? fc.integer({ min: 1, max: 8 }).map((n) => `${match[1]}${n}`) : fc.constant(seedId);
}

function queryArbitrary(operation: Operation, components: Components): fc.Arbitrary<string> {
  const documented = operation.parameters.filter((parameter) => parameter.in === 'query');
  const pair = documented.length
    ? fc.constantFrom(...documented).chain((parameter) =>
        fc.tuple(fc.constant(parameter.name), fc.oneof({ weight: 2, arbitrary: validQueryValue(parameter.schema ?? {}, components) }, { weight: 2, arbitrary: wrongQueryValue })),
      )
    : fc.tuple(fc.constantFrom('limit', 'page', 'q', 'fields'), wrongQueryValue);
  const unknown = fc.tuple(fc.constantFrom('zzz', '__proto__', 'constructor', 'limit[]', 'ünï'), wrongQueryValue);
  // Pairs may repeat: a parameter given twice is a case to handle, not to crash on.
  return fc
    .array(fc.oneof({ weight: 5, arbitrary: pair }, { weight: 1, arbitrary: unknown }), { maxLength: 4 })
    .map((pairs) => pairs.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&'));
}

function validQueryValue(schema: JsonSchema, components: Components): fc.Arbitrary<string> {
  return schemaArbitrary(schema, components).map((value) => (Array.isArray(value) ? value.join(',') : String(value)));
}

function headersArbitrary(): fc.Arbitrary<Record<string, string>> {
  const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
  return fc
    .record({
      Accept: optional(fc.constantFrom('application/json', 'application/problem+json', 'application/problem+json, application/json;q=0.5', 'text/html', '*/*', 'application/xml', 'text/event-stream', ';;;', 'application/vnd.workbench.v2+json')),
      'Content-Type': optional(fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/yaml', 'multipart/form-data; boundary=x', 'application/merge-patch+json', 'garbage', '')),
      'Idempotency-Key': optional(fc.oneof(fc.uuid(), fc.string({ maxLength: 20 }).filter(isHeaderValue), fc.constant('k'.repeat(500)))),
      'API-Version': optional(fc.oneof(fc.constantFrom('1', '2', '3', 'v2', '2026-01-01', '0', '-1', '999', 'latest'), fc.string({ maxLength: 12 }).filter(isHeaderValue))),
      Authorization: optional(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(tokenPlaceholder('ada'), tokenPlaceholder('grace'), tokenPlaceholder('alan')) }, { weight: 2, arbitrary: fc.constantFrom('Bearer', 'Bearer ', 'Bearer x.y.z', 'Bearer eyJhbGciOiJub25lIn0.e30.', 'Basic YWRhOmFkYQ==', 'Bearer wbk_live_nope', 'Token abc') }, { weight: 1, arbitrary: fc.string({ maxLength: 40 }).filter(isHeaderValue) })),
      'X-API-Key': optional(fc.constantFrom('key_free_demo', 'key_pro_demo', 'key_nope', '')),
    }, { requiredKeys: [] })
    .map((headers) => Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<string, string>);
}

// Header values are Latin-1 without control characters; Headers() refuses anything else.
function isHeaderValue(value: string): boolean {
  return /^[\x20-\x7e]*$/.test(value) && value.trim() === value;
}

interface Body {
  text: string;
  contentType?: string;
}

function bodyArbitrary(operation: Operation, components: Components): fc.Arbitrary<Body | undefined> {
  const [mediaType, schema] = Object.entries(operation.body ?? {})[0] ?? [];
  const broken = brokenBody();
  if (!mediaType || !schema) return fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: broken });
  const valid = schemaArbitrary(schema, components);
  const encode = (value: unknown): Body => {
    if (mediaType !== 'application/x-www-form-urlencoded') return { text: JSON.stringify(value), contentType: mediaType === 'application/yaml' ? 'application/json' : mediaType };
    // A form has fields; any other value is sent as its JSON text, which the form endpoint must refuse cleanly.
    const fields = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).map(([key, field]) => [key, String(field)]) : undefined;
    return { text: fields ? new URLSearchParams(fields).toString() : JSON.stringify(value), contentType: mediaType };
  };
  const missingRequired = (schema.required as string[] | undefined)?.length
    ? valid.chain((value) => fc.constantFrom(...(schema.required as string[])).map((key) => encode(withoutKey(value, key))))
    : broken;
  const wrongTypes = fc.jsonValue({ maxDepth: 3 }).map(encode);
  return fc.oneof({ weight: 5, arbitrary: valid.map(encode) }, { weight: 1, arbitrary: missingRequired }, { weight: 1, arbitrary: wrongTypes }, { weight: 2, arbitrary: broken });
}

function withoutKey(value: unknown, key: string): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
}

// The ways a body goes wrong: not JSON, huge, deeply nested, prototype keys, the wrong encoding.
function brokenBody(): fc.Arbitrary<Body> {
  return fc.oneof(
    fc.constantFrom('{', '{"name":', "{'a':1}", 'null', '[]', '""', '0', 'true', '{"a":1}{"b":2}', '\u0000', '\ufeff{}', 'a=1&b=2', '<xml/>').map((text) => ({ text, contentType: 'application/json' })),
    fc.constantFrom(
      '{"__proto__":{"polluted":true},"name":"x","email":"a@b.co"}',
      '{"constructor":{"prototype":{"polluted":true}}}',
      '{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}',
    ).map((text) => ({ text, contentType: 'application/json' })),
    fc.integer({ min: 100, max: 5_000 }).map((depth) => ({ text: '['.repeat(depth) + ']'.repeat(depth), contentType: 'application/json' })),
    fc.integer({ min: 100, max: 2_000 }).map((depth) => ({ text: '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), contentType: 'application/json' })),
    fc.integer({ min: 10_000, max: 200_000 }).map((size) => ({ text: JSON.stringify({ name: 'x'.repeat(size), email: `${'y'.repeat(size)}@example.com` }), contentType: 'application/json' })),
    fc.string({ maxLength: 200, unit: 'binary' }).map((text) => ({ text })),
  );
}
