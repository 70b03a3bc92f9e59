/**
 * Checks on the paths themselves: nouns not verbs, plural collections, one casing,
 * and identity in the path. Each returns the problems found, one teaching sentence
 * each; an empty list means the check passes.
 */
import { operationsOf, parametersOf, type Json } from './openapi';
import { collectionsOf, namedSegments, returnsList, segmentsOf } from './paths';
import { suggestCollectionPath, suggestNounPath } from './suggest';
import { listOf } from './message';
import { casingReport, crudVerbIn, describeCasing, isPluralName, pluralName, singularWord, splitWords } from './words';

const pathsOf = (doc: Json) => [...new Set(operationsOf(doc).map((o) => o.path))];

/** Paths with a CRUD verb in a segment (`/getUserData`, `/users/{id}/delete`). */
export function verbsInPaths(doc: Json): string[] {
  const items = pathsOf(doc).flatMap((path) => {
    const index = segmentsOf(path).findIndex((s) => !s.param && !s.prefix && crudVerbIn(s.text) !== null);
    if (index < 0) return [];
    const verb = crudVerbIn(segmentsOf(path)[index]!.text);
    return [`${path} contains the verb "${verb}" (try ${suggestNounPath(path, index)})`];
  });
  if (items.length === 0) return [];
  return [`${listOf(items)}. The HTTP method already says what happens: name the resource in the path and let the method act on it.`];
}

/** Collections named with a singular noun (`/user/{id}`). */
export function singularCollections(doc: Json): string[] {
  const all = collectionsOf(doc).filter(({ name }) => !isPluralName(name));
  const singular = all.filter((collection, index) => all.findIndex((c) => c.name === collection.name) === index);
  if (singular.length === 0) return [];
  const items = singular.map(({ name, path }) => `"${name}" in ${path} (use "${pluralName(name)}")`);
  const plural = pluralName(singular[0]!.name);
  return [
    `Collections are named with singular nouns: ${listOf(items)}. With plural names, /${plural} reads as the ` +
      `list and /${plural}/{id} as one of its members.`,
  ];
}

/** Path segments whose casing differs from the others (`/order-items` next to `/paymentMethods`). */
export function mixedPathCasing(doc: Json): string[] {
  const firstPath = new Map<string, string>();
  for (const path of pathsOf(doc)) {
    for (const segment of namedSegments(path)) if (!firstPath.has(segment.text)) firstPath.set(segment.text, path);
  }
  const report = casingReport([...firstPath.keys()]);
  if (report.outliers.length === 0) return [];
  const lead = describeCasing('path segments', report, (name) => firstPath.get(name)!);
  return [`${lead} Pick one style for every segment (lower-case kebab-case is the most common) and rename the others.`];
}

const idLike = /^(id|.+(Id|ID|_id|-id))$/;

/**
 * Operations that pick one resource with a query parameter (`GET /users?id=1`).
 * A list filtered by another resource's id (`GET /orders?user_id=1`) is fine.
 */
export function identityInQuery(doc: Json): string[] {
  const items = operationsOf(doc).flatMap((operation) => {
    if (!['get', 'put', 'patch', 'delete'].includes(operation.method)) return [];
    const last = namedSegments(operation.path).pop()?.text ?? '';
    const own = singularWord(splitWords(last).pop() ?? '');
    return parametersOf(doc, operation)
      .filter((p) => p.in === 'query' && typeof p.name === 'string' && idLike.test(p.name))
      .filter((p) => {
        const stem = splitWords(String(p.name)).slice(0, -1).join('');
        return stem === '' || stem === own || !returnsList(doc, operation);
      })
      .map((p) => {
        const item = `${suggestCollectionPath(operation.path)}/{${String(p.name)}}`;
        return `${operation.label} picks one resource with ?${String(p.name)}= (try ${operation.method.toUpperCase()} ${item})`;
      });
  });
  if (items.length === 0) return [];
  return [
    `${listOf(items)}. Put the identity in the path, so every resource has one URL of its own; keep the query ` +
      `string for filtering, sorting and paging lists.`,
  ];
}
