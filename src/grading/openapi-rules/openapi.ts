/**
 * Reading an OpenAPI document as plain data: local `$ref`s resolved, operations listed
 * with their parameters and responses, schemas walked property by property. Only what
 * the audit's checks need; references to other files are left as they are.
 */

export type Json = Record<string, unknown>;

/** True for plain objects (not arrays, not null). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a chain of local `$ref`s (`#/components/...`) to the object it points at. */
export function resolve(doc: Json, node: unknown): Json | undefined {
  let current = node;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === 'string' && current.$ref.startsWith('#/')) {
    if (seen.has(current.$ref)) return undefined;
    seen.add(current.$ref);
    current = pointer(doc, current.$ref);
  }
  return isObject(current) ? current : undefined;
}

function pointer(doc: Json, ref: string): unknown {
  const steps = ref.slice(2).split('/').map((step) => decodeURIComponent(step).replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: unknown = doc;
  for (const step of steps) current = isObject(current) ? current[step] : undefined;
  return current;
}

/** The last part of a local `$ref` (`#/components/schemas/Error` → `Error`), else null. */
export function refName(node: unknown): string | null {
  if (!isObject(node) || typeof node.$ref !== 'string') return null;
  return node.$ref.split('/').pop() ?? null;
}

export const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

export interface Operation {
  method: string;
  path: string;
  /** How messages name it: `GET /users/{userId}`. */
  label: string;
  op: Json;
  pathItem: Json;
}

/** Every operation of the document, in the order written. */
export function operationsOf(doc: Json): Operation[] {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const result: Operation[] = [];
  for (const [path, rawItem] of Object.entries(paths)) {
    const pathItem = resolve(doc, rawItem);
    if (!pathItem) continue;
    for (const method of httpMethods) {
      const op = pathItem[method];
      if (isObject(op)) result.push({ method, path, label: `${method.toUpperCase()} ${path}`, op, pathItem });
    }
  }
  return result;
}

/** An operation's parameters, path-level ones included, with `$ref`s resolved. */
export function parametersOf(doc: Json, operation: Operation): Json[] {
  const list = (value: unknown) => (Array.isArray(value) ? value : []).map((p) => resolve(doc, p)).filter(isObject);
  const own = list(operation.op.parameters);
  const inherited = list(operation.pathItem.parameters).filter(
    (p) => !own.some((o) => o.name === p.name && o.in === p.in),
  );
  return [...inherited, ...own];
}

export interface ResponseInfo {
  /** The status key as written: `201`, `4XX`, `default`. */
  status: string;
  response: Json;
  /** The body schemas, one per media type, as written (possibly a `$ref`). */
  schemas: unknown[];
}

/** An operation's responses with `$ref`s to `components.responses` resolved. */
export function responsesOf(doc: Json, operation: Operation): ResponseInfo[] {
  const responses = isObject(operation.op.responses) ? operation.op.responses : {};
  return Object.entries(responses).flatMap(([status, raw]) => {
    const response = resolve(doc, raw);
    if (!response) return [];
    const content = isObject(response.content) ? response.content : {};
    const schemas = Object.values(content)
      .filter(isObject)
      .map((media) => media.schema)
      .filter((schema) => schema !== undefined);
    return [{ status, response, schemas }];
  });
}

/** The request body schemas of an operation, one per media type. */
export function requestSchemasOf(doc: Json, operation: Operation): unknown[] {
  const body = resolve(doc, operation.op.requestBody);
  const content = body && isObject(body.content) ? body.content : {};
  return Object.values(content).filter(isObject).map((media) => media.schema).filter((s) => s !== undefined);
}

/** Every schema the document declares or uses, with a label for messages. */
export function schemaRoots(doc: Json): { schema: unknown; where: string }[] {
  const components = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const roots = Object.entries(components).map(([name, schema]) => ({ schema, where: name }));
  for (const operation of operationsOf(doc)) {
    for (const schema of requestSchemasOf(doc, operation)) roots.push({ schema, where: `${operation.label} request body` });
    for (const { status, schemas } of responsesOf(doc, operation)) {
      for (const schema of schemas) roots.push({ schema, where: `${operation.label} ${status} response` });
    }
  }
  return roots;
}

/** True for `2XX`-class status keys. */
export const isSuccess = (status: string) => /^2(\d\d|XX)$/i.test(status);
/** True for `4XX`-class status keys. */
export const isClientError = (status: string) => /^4(\d\d|XX)$/i.test(status);
/** True for statuses that describe failures: 4xx, 5xx and `default`. */
export const isErrorStatus = (status: string) => /^[45](\d\d|XX)$/i.test(status) || status === 'default';

function typesOf(schema: Json): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  return Array.isArray(schema.type) ? schema.type.filter((t): t is string => typeof t === 'string') : [];
}

/** True when a schema's type is (or includes) the given JSON type. */
export function hasType(schema: Json, type: string): boolean {
  return typesOf(schema).includes(type);
}

/** The properties of a schema, those of its `allOf` parts merged in. */
export function propertiesOf(doc: Json, schemaNode: unknown, seen = new Set<Json>()): Record<string, unknown> {
  const schema = resolve(doc, schemaNode);
  if (!schema || seen.has(schema)) return {};
  seen.add(schema);
  const merged: Record<string, unknown> = {};
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) Object.assign(merged, propertiesOf(doc, part, seen));
  if (isObject(schema.properties)) Object.assign(merged, schema.properties);
  return merged;
}

/** Where a property was met while walking, for messages: the schema's name or the operation. */
export interface PropertyVisit {
  name: string;
  schema: Json;
  /** The object schema that declares the property. */
  owner: Json;
  where: string;
}

/**
 * Calls `visit` for every property declared anywhere inside a schema — nested objects,
 * array items, `allOf`/`oneOf`/`anyOf` — once per schema object, so recursive schemas end.
 */
export function walkProperties(doc: Json, root: unknown, where: string, visit: (p: PropertyVisit) => void, seen = new Set<Json>()): void {
  const name = refName(root);
  const schema = resolve(doc, root);
  if (!schema || seen.has(schema)) return;
  seen.add(schema);
  const here = name ?? where;
  const children: unknown[] = [];
  if (isObject(schema.properties)) {
    for (const [prop, propSchema] of Object.entries(schema.properties)) {
      const resolved = resolve(doc, propSchema) ?? {};
      visit({ name: prop, schema: resolved, owner: schema, where: here });
      children.push(propSchema);
    }
  }
  for (const key of ['allOf', 'oneOf', 'anyOf', 'prefixItems'] as const) {
    if (Array.isArray(schema[key])) children.push(...schema[key]);
  }
  for (const key of ['items', 'additionalProperties', 'not'] as const) {
    if (isObject(schema[key])) children.push(schema[key]);
  }
  if (isObject(schema.patternProperties)) children.push(...Object.values(schema.patternProperties));
  for (const child of children) walkProperties(doc, child, here, visit, seen);
}

// Keywords that document a schema without changing the data it accepts.
const annotations = new Set(['description', 'title', 'example', 'examples', '$comment', 'externalDocs', 'xml', 'deprecated']);

/**
 * A stable text form of what a schema accepts: `$ref`s inlined, annotations dropped,
 * keys sorted. Two error schemas with the same canonical form are the same schema.
 */
export function canonicalSchema(doc: Json, node: unknown, stack: Json[] = []): string {
  if (Array.isArray(node)) return `[${node.map((item) => canonicalSchema(doc, item, stack)).join(',')}]`;
  if (!isObject(node)) return JSON.stringify(node) ?? 'null';
  const schema = resolve(doc, node);
  if (!schema) return JSON.stringify(node.$ref ?? null);
  if (stack.includes(schema)) return '"<recursive>"';
  const keys = Object.keys(schema).filter((key) => !annotations.has(key) && !key.startsWith('x-')).sort();
  const inner = keys.map((key) => `${JSON.stringify(key)}:${canonicalSchema(doc, schema[key], [...stack, schema])}`);
  return `{${inner.join(',')}}`;
}
