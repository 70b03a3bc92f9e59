/**
 * Error responses: the failures a client must handle when placing an order are declared
 * (bad credentials, invalid order, too many requests), all with one error schema that
 * carries a machine-readable code and a message, and a 429 that says when to retry.
 */
import { canonicalSchema } from '../../../src/grading/openapi-rules/openapi';
import { MISSING_OPERATION, clientErrorsOf, jsonMedia, resolve, isObject, type Json, type Operation } from './create-order';

const EXPECTED: Record<string, string> = {
  '401': 'missing or invalid credentials',
  '422': 'an order that is well-formed but invalid (unknown product, quantity out of range)',
  '429': 'too many requests',
};

/** Which of 401, 422 and 429 are missing. */
export function missingErrorStatuses(doc: Json, operation: Operation | undefined): string[] {
  if (!operation) return [MISSING_OPERATION];
  const declared = new Set(clientErrorsOf(doc, operation).map(({ status }) => status));
  return Object.entries(EXPECTED)
    .filter(([status]) => !declared.has(status))
    .map(([status, meaning]) => `${operation.label} does not declare ${status} (${meaning}); add it under responses.`);
}

/** 4xx responses without a body schema, with differing schemas, or whose schema lacks a code and a message. */
export function errorSchemaProblems(doc: Json, operation: Operation | undefined): string[] {
  if (!operation) return [MISSING_OPERATION];
  const errors = clientErrorsOf(doc, operation);
  if (errors.length === 0) return [`${operation.label} declares no 4xx responses yet.`];
  const problems: string[] = [];
  const shapes = new Map<string, string[]>();
  for (const { status, response } of errors) {
    const schema = jsonMedia(response)?.schema;
    if (!schema) {
      problems.push(`${operation.label} → ${status} has no JSON body schema; point it at your shared error schema.`);
      continue;
    }
    const key = canonicalSchema(doc, schema);
    shapes.set(key, [...(shapes.get(key) ?? []), status]);
    if (!hasCodeAndMessage(doc, resolve(doc, schema))) {
      problems.push(`${operation.label} → ${status}'s schema has no machine-readable code and human message (for example error.code and error.message).`);
    }
  }
  if (shapes.size > 1) {
    const groups = [...shapes.values()].map((statuses) => statuses.join('/')).join(' vs ');
    problems.push(`The error responses use ${shapes.size} different schemas (${groups}); use one error schema for all of them, so a client parses errors one way.`);
  }
  return problems;
}

function hasCodeAndMessage(doc: Json, schema: Json | undefined, depth = 0): boolean {
  if (!schema || depth > 3) return false;
  const properties = isObject(schema.properties) ? schema.properties : {};
  const names = Object.keys(properties);
  if (names.some((name) => /^(code|type|error_code|errorCode)$/.test(name)) && names.some((name) => /^(message|detail|title)$/.test(name))) return true;
  return names.some((name) => hasCodeAndMessage(doc, resolve(doc, properties[name]), depth + 1));
}

/** A 429 should carry Retry-After, or the client can only guess when to try again. */
export function retryAfterProblems(doc: Json, operation: Operation | undefined): string[] {
  if (!operation) return [MISSING_OPERATION];
  const tooMany = clientErrorsOf(doc, operation).find(({ status }) => status === '429');
  if (!tooMany) return [`${operation.label} declares no 429 response to put Retry-After on.`];
  const headers = isObject(tooMany.response.headers) ? tooMany.response.headers : {};
  const named = Object.keys(headers).some((name) => /^(retry-after|ratelimit-reset|x-ratelimit-reset|ratelimit)$/i.test(name));
  return named ? [] : [`${operation.label} → 429 has no Retry-After header; declare it under the response's headers so a client knows how long to wait.`];
}
