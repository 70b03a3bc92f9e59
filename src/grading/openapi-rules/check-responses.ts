/**
 * Checks on status codes and errors: 201 for creation, 4xx responses everywhere, and
 * one error schema that carries a machine-readable code and a human message.
 */
import {
  canonicalSchema,
  hasType,
  isClientError,
  isErrorStatus,
  isSuccess,
  operationsOf,
  propertiesOf,
  refName,
  resolve,
  responsesOf,
  type Json,
} from './openapi';
import { isNounSegment, segmentsOf } from './paths';
import { listOf, namesOf } from './message';
import { suggestNounPath } from './suggest';
import { crudVerbIn } from './words';

/** POSTs whose path ends in a collection name (`POST /users/{id}/orders`), not a verb or action. */
function collectionPosts(doc: Json) {
  return operationsOf(doc).filter((o) => {
    const last = segmentsOf(o.path).pop();
    return o.method === 'post' && !!last && isNounSegment(last);
  });
}

/** Says that nothing creates a resource, pointing at an RPC-style POST if there is one. */
function noCreationMessage(doc: Json): string {
  let hint = 'e.g. POST /orders';
  for (const operation of operationsOf(doc).filter((o) => o.method === 'post')) {
    const index = segmentsOf(operation.path).findIndex((s) => !s.param && !s.prefix && crudVerbIn(s.text) !== null);
    if (index >= 0) {
      hint = `${operation.label} names an action, not a collection; try ${suggestNounPath(operation.path, index)}`;
      break;
    }
  }
  return `No operation creates a resource by POSTing to a collection (${hint}). Add one that answers 201 Created with the new resource.`;
}

/** POSTs to collections that do not answer 201 Created with the new resource. */
export function creationProblems(doc: Json): string[] {
  const posts = collectionPosts(doc);
  if (posts.length === 0) return [noCreationMessage(doc)];
  const items = posts.flatMap((operation) => {
    const responses = responsesOf(doc, operation);
    const created = responses.find((r) => r.status === '201');
    if (created) return created.schemas.length ? [] : [`${operation.label} answers 201 without a body schema`];
    const success = responses.filter((r) => isSuccess(r.status)).map((r) => r.status);
    return [`${operation.label} ${success.length ? `answers ${success.join(' or ')}` : 'declares no success response'}`];
  });
  if (items.length === 0) return [];
  return [
    `${listOf(items)}. A create should answer 201 Created with the new resource as the body, so the client learns ` +
      `its id and server-set fields at once (a Location header pointing at it is a bonus).`,
  ];
}

/** Operations that declare no 4xx response. */
export function missingClientErrors(doc: Json): string[] {
  const bare = operationsOf(doc).filter((operation) => !responsesOf(doc, operation).some((r) => isClientError(r.status)));
  if (bare.length === 0) return [];
  return [
    `${namesOf(bare.map((o) => o.label))} ${bare.length === 1 ? 'declares' : 'declare'} no 4xx response. Document what ` +
      `a client gets when its request is wrong (400 invalid input, 404 unknown id, 409 conflict) so it can handle it.`,
  ];
}

export interface ErrorShape {
  /** How messages name it: the schema's name, or its top-level properties. */
  label: string;
  schema: unknown;
  usedBy: string[];
}

/** The distinct body schemas of all error responses (4xx, 5xx, default), plus those without a body. */
export function errorShapes(doc: Json): { shapes: ErrorShape[]; bodiless: string[] } {
  const byForm = new Map<string, ErrorShape>();
  const bodiless: string[] = [];
  for (const operation of operationsOf(doc)) {
    for (const { status, schemas } of responsesOf(doc, operation)) {
      if (!isErrorStatus(status)) continue;
      const usedBy = `${operation.label} ${status}`;
      if (schemas.length === 0) bodiless.push(usedBy);
      for (const schema of schemas) {
        const form = canonicalSchema(doc, schema);
        const shape = byForm.get(form) ?? { label: describeSchema(doc, schema), schema, usedBy: [] };
        shape.usedBy.push(usedBy);
        byForm.set(form, shape);
      }
    }
  }
  return { shapes: [...byForm.values()], bodiless };
}

function describeSchema(doc: Json, schema: unknown): string {
  const name = refName(schema);
  if (name) return name;
  const properties = Object.keys(propertiesOf(doc, schema));
  if (properties.length) return `inline { ${properties.join(', ')} }`;
  const resolved = resolve(doc, schema);
  return typeof resolved?.type === 'string' ? `an inline ${resolved.type}` : 'an inline schema';
}

/** Error responses that do not share one schema. */
export function unsharedErrorSchemas(doc: Json): string[] {
  const { shapes, bodiless } = errorShapes(doc);
  if (shapes.length === 0 && bodiless.length === 0) {
    return ['No operation declares an error response. Define one Error schema in components.schemas and use it for every 4xx response.'];
  }
  const problems: string[] = [];
  if (bodiless.length > 0) {
    problems.push(`${namesOf(bodiless)} ${bodiless.length === 1 ? 'has' : 'have'} no body. Give every error response the shared error schema, so clients always get a code and a message.`);
  }
  if (shapes.length > 1) {
    const list = shapes.map((s) => `${s.label} (${namesOf(s.usedBy, 2)})`);
    problems.push(
      `Error responses use ${shapes.length} different bodies: ${listOf(list, 4)}. Define one Error schema in ` +
        `components.schemas and $ref it from every error response, so clients parse errors in one place.`,
    );
  }
  return problems;
}

const machineField = /^(code|type|kind|error_?code|errorCode|error_?type|errorType)$/i;
const humanField = /^(message|detail|title|description|error_?message|errorMessage|error_?description)$/i;

/**
 * The scalar fields of an error schema and of what it nests: Stripe's `error: {...}`
 * object, or JSON:API's `errors: [{...}]` list.
 */
function errorFieldNames(doc: Json, schema: unknown): string[] {
  const names: string[] = [];
  for (const [name, prop] of Object.entries(propertiesOf(doc, schema))) {
    const resolved = resolve(doc, prop);
    if (!resolved) continue;
    const nested = hasType(resolved, 'array') ? resolve(doc, resolved.items) : resolved;
    const nestedFields = nested ? Object.keys(propertiesOf(doc, nested)) : [];
    if (nestedFields.length) names.push(...nestedFields);
    else if (!hasType(resolved, 'array') && !hasType(resolved, 'object')) names.push(name);
  }
  return names;
}

/** Error schemas without a machine-readable code or a human-readable message. */
export function errorSchemasWithoutCodeAndMessage(doc: Json): string[] {
  const { shapes } = errorShapes(doc);
  if (shapes.length === 0) {
    return ['No error response has a body schema yet. Define an Error schema with a machine-readable "code" and a human "message".'];
  }
  const items = shapes.flatMap((shape) => {
    const fields = errorFieldNames(doc, shape.schema);
    const missing = [
      ...(fields.some((f) => machineField.test(f)) ? [] : ['a code']),
      ...(fields.some((f) => humanField.test(f)) ? [] : ['a message']),
    ];
    return missing.length ? [`${shape.label} (used by ${namesOf(shape.usedBy, 2)}) lacks ${missing.join(' and ')}`] : [];
  });
  if (items.length === 0) return [];
  return [
    `${listOf(items)}. An error body needs a machine-readable "code" (or "type") that clients branch on and a ` +
      `human-readable "message" (or "detail"), at the top level or nested in an "error" object as Stripe does.`,
  ];
}
