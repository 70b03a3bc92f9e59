/**
 * Error responses across the API: the statuses a ride-sharing client meets are all
 * documented somewhere, every 4xx shares one error schema with a code and a message,
 * and every 429 says when to retry and how much of the limit is left.
 */
import { canonicalSchema, isClientError, isObject, operationsOf, resolve, responsesOf, type Json } from '../../../src/grading/openapi-rules/openapi';

const EXPECTED: Record<string, string> = {
  '401': 'no or invalid credentials',
  '403': 'signed in, but not allowed (a rider reading another rider’s ride)',
  '404': 'no such ride, rider or driver',
  '409': 'the ride’s state does not allow the step',
  '422': 'well-formed but invalid input (a pickup off the map)',
  '429': 'over the rate limit of the caller’s tier',
};

function clientErrors(doc: Json) {
  return operationsOf(doc).flatMap((operation) =>
    responsesOf(doc, operation).filter(({ status }) => isClientError(status)).map((info) => ({ ...info, label: operation.label })),
  );
}

/** Which of 401, 403, 404, 409, 422 and 429 no operation declares. */
export function missingStatusProblems(doc: Json): string[] {
  const declared = new Set(clientErrors(doc).map(({ status }) => status));
  return Object.entries(EXPECTED)
    .filter(([status]) => !declared.has(status))
    .map(([status, meaning]) => `No operation declares ${status} (${meaning}); add it where it can happen.`);
}

/** 4xx responses without a JSON body, with differing schemas, or without a code and a message. */
export function errorSchemaProblems(doc: Json): string[] {
  const problems: string[] = [];
  const shapes = new Map<string, string[]>();
  for (const { status, response, label } of clientErrors(doc)) {
    const content = isObject(response.content) ? response.content : {};
    const type = Object.keys(content).find((t) => /^application\/([\w.-]+\+)?json$/.test(t));
    const schema = type && isObject(content[type]) ? content[type].schema : undefined;
    if (!schema) {
      problems.push(`${label} → ${status} has no JSON body schema; point it at your shared error schema.`);
      continue;
    }
    const key = canonicalSchema(doc, schema);
    shapes.set(key, [...(shapes.get(key) ?? []), `${label} ${status}`]);
    if (!hasCodeAndMessage(doc, resolve(doc, schema))) {
      problems.push(`${label} → ${status}'s schema has no machine-readable code and human message (for example error.code and error.message).`);
    }
  }
  if (shapes.size > 1) {
    const examples = [...shapes.values()].map((where) => where[0]).join(' vs ');
    problems.push(`The error responses use ${shapes.size} different schemas (${examples}); use one error schema, so a client parses every error one way.`);
  }
  return problems;
}

function hasCodeAndMessage(doc: Json, schema: Json | undefined, depth = 0): boolean {
  if (!schema || depth > 3) return false;
  const properties = isObject(schema.properties) ? schema.properties : {};
  const names = Object.keys(properties);
  if (names.some((n) => /^(code|type|error_code|errorCode)$/.test(n)) && names.some((n) => /^(message|detail|title)$/.test(n))) return true;
  return names.some((name) => hasCodeAndMessage(doc, resolve(doc, properties[name]), depth + 1));
}

/** Every 429 needs Retry-After and a rate-limit header (RateLimit, RateLimit-Remaining or X-RateLimit-*). */
export function rateLimitHeaderProblems(doc: Json): string[] {
  return clientErrors(doc)
    .filter(({ status }) => status === '429')
    .flatMap(({ response, label }) => {
      const names = Object.keys(isObject(response.headers) ? response.headers : {}).map((name) => name.toLowerCase());
      const problems: string[] = [];
      if (!names.includes('retry-after')) problems.push(`${label} → 429 has no Retry-After header; without it a client can only guess when to try again.`);
      if (!names.some((name) => /^(x-)?ratelimit/.test(name))) {
        problems.push(`${label} → 429 has no rate-limit header (RateLimit or RateLimit-Remaining); tell the client its limit and what is left.`);
      }
      return problems;
    });
}
