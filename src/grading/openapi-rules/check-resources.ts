/**
 * Checks on the resource model: enough resources, each reachable as a collection and
 * as an item, and related to each other by a nested path or by links.
 */
import { isObject, propertiesOf, resolve, schemaRoots, walkProperties, type Json } from './openapi';
import { collectionsOf, isNounSegment, resourcesOf, segmentsOf } from './paths';
import { singularWord, splitWords } from './words';

/** Fewer than two resources that have both a collection path and an item path. */
export function incompleteResources(doc: Json): string[] {
  const resources = resourcesOf(doc);
  const complete = resources.filter((r) => r.collectionPaths.length > 0 && r.itemPaths.length > 0);
  if (complete.length >= 2) return [];
  const found = complete.length ? ` (${complete.map((r) => r.name).join(', ')})` : '';
  const gaps = resources
    .filter((r) => !complete.includes(r))
    .map((r) =>
      r.collectionPaths.length
        ? `${r.collectionPaths[0]} has no item path like ${r.collectionPaths[0]}/{id}`
        : `${r.itemPaths[0]} has no collection path to list and create ${r.name}`,
    );
  return [
    `Found ${complete.length} resource${complete.length === 1 ? '' : 's'} with both a collection path and an item ` +
      `path${found}; the design needs at least two, people and their orders (e.g. /users and /users/{userId}).` +
      (gaps.length ? ` Missing: ${gaps.join('; ')}.` : ''),
  ];
}

/** A collection nested under an item of another one: `/users/{userId}/orders`. */
function nestedCollection(doc: Json): string | null {
  const nested = collectionsOf(doc).find(({ path }) => {
    const segments = segmentsOf(path);
    const parent = segments[segments.length - 3];
    return segments[segments.length - 2]?.param === true && !!parent && isNounSegment(parent);
  });
  return nested?.path ?? null;
}

const squash = (name: string) => splitWords(name).join('');

/** True when a link name points at another resource, or sits next to a `<name>_id` reference. */
function isRelationLink(rel: string, owner: Json, doc: Json, resourceNames: Set<string>): boolean {
  const key = squash(rel);
  if (key === 'self') return false;
  if (resourceNames.has(key) || resourceNames.has(singularWord(key))) return true;
  return Object.keys(propertiesOf(doc, owner)).some((name) => squash(name) === `${key}id`);
}

/** Links (`links`, `_links`, `user_url`) that point from one resource to another. */
function relationLinks(doc: Json): string | null {
  const resourceNames = new Set<string>();
  for (const { name } of collectionsOf(doc)) {
    resourceNames.add(squash(name));
    resourceNames.add(singularWord(squash(name)));
  }
  let found: string | null = null;
  for (const { schema, where } of schemaRoots(doc)) {
    walkProperties(doc, schema, where, ({ name, schema: prop, owner, where: at }) => {
      if (found) return;
      if (/^_?links$/i.test(name)) {
        const rels = Object.keys(propertiesOf(doc, prop));
        const freeForm = rels.length === 0 && isObject(resolve(doc, prop.additionalProperties));
        if (freeForm || rels.some((rel) => isRelationLink(rel, owner, doc, resourceNames))) found = `${at}.${name}`;
      }
      const urlField = /^(.+?)[_-]?(url|href|link|uri)$/i.exec(name);
      if (urlField && isRelationLink(urlField[1]!, owner, doc, resourceNames)) found = `${at}.${name}`;
    });
  }
  return found;
}

/** Resources that stand alone: no nested collection and no links between representations. */
export function missingRelationships(doc: Json): string[] {
  if (nestedCollection(doc) || relationLinks(doc)) return [];
  return [
    'Nothing relates your resources to each other: a client holding an order cannot find whose it is, or a ' +
      "person's orders. Nest the collection under its owner (GET /users/{userId}/orders), or add links to related " +
      'resources in the representations (e.g. "user_id" plus links: { user: "/users/usr_1" }).',
  ];
}
