/**
 * The request body: declared as required JSON, an object that names its required fields,
 * a type on every property, and bounds on every number, list and free-text string, so a
 * client knows before sending what the server will refuse.
 */
import { MISSING_OPERATION, jsonMedia, requestBodyOf, resolve, isObject, type Json, type Operation } from './create-order';

/** Problems with the request body's declaration and its top-level schema. */
export function requestBodyProblems(doc: Json, operation: Operation | undefined): string[] {
  if (!operation) return [MISSING_OPERATION];
  const body = requestBodyOf(doc, operation);
  if (!body) return [`${operation.label} has no requestBody. Add one with content application/json and a schema for the new order.`];
  const problems: string[] = [];
  if (body.required !== true) problems.push(`${operation.label} requestBody is optional; add \`required: true\`, since an order cannot be placed without one.`);
  const media = jsonMedia(body);
  const schema = media && resolve(doc, media.schema);
  if (!schema) return [...problems, `${operation.label} requestBody has no application/json schema; describe the order a client sends.`];
  if (!hasType(schema, 'object') || !isObject(schema.properties) || Object.keys(schema.properties).length === 0) {
    problems.push('The request schema is a bare `type: object`; list its properties (what to order, how many, where to send it).');
    return problems;
  }
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  if (required.length === 0) problems.push('The request schema marks no field as required; list the fields an order cannot do without under `required:`.');
  const unknown = required.filter((name) => !(name in (schema.properties as Json)));
  if (unknown.length > 0) problems.push(`The request schema requires ${unknown.join(', ')}, which it does not define under properties.`);
  return problems;
}

/** Request properties without a type, and numbers, lists and strings without bounds. */
export function requestPropertyProblems(doc: Json, operation: Operation | undefined, want: 'types' | 'bounds'): string[] {
  if (!operation) return [MISSING_OPERATION];
  const schema = resolve(doc, jsonMedia(requestBodyOf(doc, operation))?.schema);
  if (!schema || !isObject(schema.properties)) return ['The request schema has no properties to check yet; describe the order first.'];
  const problems: string[] = [];
  walk(doc, schema, 'request', (where, node) => {
    const problem = want === 'types' ? typeProblem(where, node) : boundProblem(where, node);
    if (problem) problems.push(problem);
  });
  return problems;
}

function hasType(schema: Json, type: string): boolean {
  return schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type));
}

const COMPOSED = ['allOf', 'oneOf', 'anyOf'];

function typeProblem(where: string, node: Json): string | null {
  if (node.type !== undefined || node.enum !== undefined || node.const !== undefined || COMPOSED.some((key) => key in node)) return null;
  return `${where} has no type; say what it is (\`type: string\`, \`integer\`, \`array\`, …).`;
}

function boundProblem(where: string, node: Json): string | null {
  if (hasType(node, 'integer') || hasType(node, 'number')) {
    const low = node.minimum !== undefined || node.exclusiveMinimum !== undefined;
    const high = node.maximum !== undefined || node.exclusiveMaximum !== undefined;
    if (!low || !high) return `${where} is a number without ${!low ? 'a minimum' : 'a maximum'}; say which values the server accepts (a quantity of 0 or 1e9 is surely refused).`;
  }
  if (hasType(node, 'array') && (node.minItems === undefined || node.maxItems === undefined)) {
    return `${where} is a list without ${node.minItems === undefined ? 'minItems' : 'maxItems'}; an order with no items, or ten thousand, should be refused by the schema.`;
  }
  if (hasType(node, 'string') && ['maxLength', 'pattern', 'enum', 'format', 'const'].every((key) => node[key] === undefined)) {
    return `${where} is a string with no limit; give it a maxLength, a pattern, a format or an enum.`;
  }
  return null;
}

/** Visits every property schema under `root` (through $refs, items and compositions), with a readable path. */
function walk(doc: Json, root: Json, where: string, visit: (where: string, node: Json) => void, seen = new Set<Json>()): void {
  if (seen.has(root)) return;
  seen.add(root);
  const properties = isObject(root.properties) ? root.properties : {};
  for (const [name, raw] of Object.entries(properties)) {
    const node = resolve(doc, raw);
    if (!node) continue;
    const here = `${where}.${name}`;
    visit(here, node);
    walk(doc, node, here, visit, seen);
    const items = resolve(doc, node.items);
    if (items) {
      visit(`${here}[]`, items);
      walk(doc, items, `${here}[]`, visit, seen);
    }
  }
  for (const key of COMPOSED) {
    for (const part of Array.isArray(root[key]) ? root[key] : []) {
      const node = resolve(doc, part);
      if (node) walk(doc, node, where, visit, seen);
    }
  }
}
