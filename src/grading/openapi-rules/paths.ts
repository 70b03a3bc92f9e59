/**
 * The shape of an API's paths: which segments are a version prefix, which are
 * parameters, which name collections, and which resources have both a collection
 * path (`/users`) and an item path (`/users/{userId}`). Judged from structure and
 * behaviour, never from the names the learner chose.
 */
import { hasType, isObject, isSuccess, operationsOf, propertiesOf, resolve, responsesOf, type Json, type Operation } from './openapi';
import { crudVerbIn, isActionWord } from './words';

export interface Segment {
  text: string;
  /** `{userId}` */
  param: boolean;
  /** Part of a leading version prefix such as `/api/v1` or `/2010-04-01`. */
  prefix: boolean;
}

// Style guides disagree on versions in the path (Zalando forbids, IBM requires), so accept both.
const prefixPattern = /^(api|rest|v\d+(\.\d+)*|\d{4}-\d{2}-\d{2})$/i;

/** Splits a path into segments, marking parameters and the version prefix. */
export function segmentsOf(path: string): Segment[] {
  let inPrefix = true;
  return path
    .split('/')
    .filter(Boolean)
    .map((text) => {
      const param = /^\{[^}]+\}$/.test(text);
      inPrefix = inPrefix && !param && prefixPattern.test(text);
      return { text, param, prefix: inPrefix };
    });
}

/** The segments a learner named: not parameters, not the version prefix. */
export function namedSegments(path: string): Segment[] {
  return segmentsOf(path).filter((s) => !s.param && !s.prefix);
}

/** A path with parameter names blanked, so `/users/{id}` and `/users/{userId}` compare equal. */
const template = (path: string) => path.replace(/\{[^}]+\}/g, '{}').replace(/\/+$/, '');

// Wrapper properties that hold the items of a list response.
const listWrappers = new Set(['data', 'items', 'results', 'records', 'entries', 'content', 'values', '_embedded']);

/** True when a response body schema is a list: an array, or an object wrapping one. */
export function isListSchema(doc: Json, node: unknown, collectionName = ''): boolean {
  const schema = resolve(doc, node);
  if (!schema) return false;
  if (hasType(schema, 'array')) return true;
  return Object.entries(propertiesOf(doc, schema)).some(([name, prop]) => {
    const resolved = resolve(doc, prop);
    const wrapper = listWrappers.has(name) || name.toLowerCase() === collectionName.toLowerCase();
    return wrapper && !!resolved && (hasType(resolved, 'array') || name === '_embedded');
  });
}

/** True when an operation's success response returns a list. */
export function returnsList(doc: Json, operation: Operation): boolean {
  const last = namedSegments(operation.path).pop()?.text ?? '';
  return responsesOf(doc, operation)
    .filter((r) => isSuccess(r.status))
    .some((r) => r.schemas.some((schema) => isListSchema(doc, schema, last)));
}

/** A segment that names a thing: no CRUD verb, no domain action. */
export function isNounSegment(segment: Segment): boolean {
  return !segment.param && !segment.prefix && crudVerbIn(segment.text) === null && !isActionWord(segment.text);
}

export interface Collection {
  /** The segment as written: `users`. */
  name: string;
  /** The path up to and including the segment: `/users/{userId}/orders`. */
  path: string;
}

/**
 * Every collection the paths name. A segment names a collection when a parameter
 * follows it (`/users/{id}`), or when it ends a path that creates things (POST) or
 * lists them (GET returning an array).
 */
export function collectionsOf(doc: Json): Collection[] {
  const operations = operationsOf(doc);
  const paths = operations.map((o) => o.path);
  const found = new Map<string, Collection>();
  for (const path of new Set(paths)) {
    const segments = segmentsOf(path);
    segments.forEach((segment, index) => {
      if (!isNounSegment(segment)) return;
      const upTo = `/${segments.slice(0, index + 1).map((s) => s.text).join('/')}`;
      const next = segments[index + 1];
      const isCollection = next
        ? next.param
        : paths.some((other) => template(other).startsWith(`${template(upTo)}/{}`)) ||
          operations.some((o) => o.path === path && (o.method === 'post' || (o.method === 'get' && returnsList(doc, o))));
      if (isCollection && !found.has(template(upTo))) found.set(template(upTo), { name: segment.text, path: upTo });
    });
  }
  return [...found.values()];
}

export interface Resource {
  /** Lower-cased collection name: `users`. */
  name: string;
  collectionPaths: string[];
  itemPaths: string[];
}

/**
 * Resources grouped by collection name. A nested collection (`/users/{id}/orders`)
 * and a flat item path (`/orders/{orderId}`) count for the same resource.
 */
export function resourcesOf(doc: Json): Resource[] {
  const byName = new Map<string, Resource>();
  const entry = (name: string) => {
    const key = name.toLowerCase();
    if (!byName.has(key)) byName.set(key, { name: key, collectionPaths: [], itemPaths: [] });
    return byName.get(key)!;
  };
  const paths = isObject(doc.paths) ? Object.keys(doc.paths) : [];
  const collectionNames = new Set(collectionsOf(doc).map((c) => c.name.toLowerCase()));
  for (const path of paths) {
    const segments = segmentsOf(path);
    const last = segments[segments.length - 1];
    const beforeLast = segments[segments.length - 2];
    if (last && isNounSegment(last) && collectionNames.has(last.text.toLowerCase())) entry(last.text).collectionPaths.push(path);
    if (last?.param && beforeLast && isNounSegment(beforeLast)) entry(beforeLast.text).itemPaths.push(path);
  }
  return [...byName.values()];
}
