/**
 * Checks on how the library's actions are modelled. Paths name things. A domain action
 * (return, renew) may be a POST on the item it changes (`POST /loans/{loanId}/return`)
 * or a PATCH of its state, but never a verb standing in for a collection
 * (`/returnBook`, `/books/search`).
 */
import { operationsOf, requestSchemasOf, walkProperties, type Json, type Operation } from '../../../src/grading/openapi-rules/openapi';
import { collectionsOf, segmentsOf } from '../../../src/grading/openapi-rules/paths';
import { listOf } from '../../../src/grading/openapi-rules/message';
import { isPluralName, pluralName, splitWords } from '../../../src/grading/openapi-rules/words';
import { collectionPaths, conceptOfPath } from './concepts';
import { actionVerbs, libraryVerbIn as verbIn } from './verbs';

/** Paths where a library verb stands for a collection or a lookup, not for an action on one item. */
export function misplacedActions(doc: Json): string[] {
  const byPath = new Map<string, Operation[]>();
  for (const operation of operationsOf(doc)) byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  const items = [...byPath.entries()].flatMap(([path, operations]) => {
    const segments = segmentsOf(path);
    const index = segments.findIndex((s) => !s.param && !s.prefix && verbIn(s.text) !== null);
    if (index < 0) return [];
    const verb = verbIn(segments[index]!.text)!;
    const onItem = index === segments.length - 1 && segments[index - 1]?.param === true && verb !== 'search';
    const nonPost = operations.filter((o) => o.method !== 'post').map((o) => o.method.toUpperCase());
    if (onItem && nonPost.length === 0) return [];
    const why = onItem ? `${nonPost.join(' and ')} on an action` : `"${verb}" is not a thing`;
    return [`${path} (${why}; try ${actionVerbs[verb]})`];
  });
  if (items.length === 0) return [];
  return [
    `${listOf(items)}. Name resources in paths. An action that changes one item is a POST on that item ` +
      '(POST /loans/{loanId}/return) or a PATCH of its state; creating something is a POST to its collection.',
  ];
}

/** Collections named with a singular noun; action segments such as `/return` are not collections. */
export function singularCollections(doc: Json): string[] {
  const singular = collectionsOf(doc).filter(({ name }) => !isPluralName(name) && verbIn(name) === null);
  const unique = singular.filter((c, i) => singular.findIndex((o) => o.name === c.name) === i);
  if (unique.length === 0) return [];
  const items = unique.map(({ name, path }) => `"${name}" in ${path} (use "${pluralName(name)}")`);
  return [`Collections are named with singular nouns: ${listOf(items)}. With plural names, /books reads as the list and /books/{bookId} as one of its members.`];
}

const bodyProperties = (doc: Json, operation: Operation) => {
  const names: string[] = [];
  for (const schema of requestSchemasOf(doc, operation)) walkProperties(doc, schema, '', ({ name }) => names.push(name));
  return names;
};

/** Operations that change a loan item's state with a body naming one of `words`. */
function loanPatches(doc: Json, words: string[]): Operation[] {
  return operationsOf(doc).filter((o) => {
    const { concept, isItem } = conceptOfPath(o.path);
    if (!['patch', 'put'].includes(o.method) || concept !== 'loans' || !isItem) return false;
    return bodyProperties(doc, o).some((name) => splitWords(name).some((w) => words.includes(w)));
  });
}

/** POSTs with a path segment containing one of `words`. */
function postsNaming(doc: Json, words: string[]): Operation[] {
  return operationsOf(doc).filter(
    (o) => o.method === 'post' && segmentsOf(o.path).some((s) => !s.param && splitWords(s.text).some((w) => words.includes(w))),
  );
}

/** The operations that return a loan's book. */
export function returnOperations(doc: Json): Operation[] {
  return [...postsNaming(doc, ['return', 'returns', 'returned', 'returning']), ...loanPatches(doc, ['status', 'state', 'returned', 'return'])];
}

/** The operations that renew a loan. */
export function renewalOperations(doc: Json): Operation[] {
  return [
    ...postsNaming(doc, ['renew', 'renewal', 'renewals', 'extension', 'extensions', 'extend']),
    ...loanPatches(doc, ['due', 'renew', 'renewal', 'renewals', 'status', 'state']),
  ];
}

/** The operations that lend a book: POSTs to a loans collection. */
export function borrowOperations(doc: Json): Operation[] {
  const paths = new Set(collectionPaths(doc, 'loans'));
  return operationsOf(doc).filter((o) => o.method === 'post' && paths.has(o.path));
}

/** Returning and renewing a loan that the design cannot express. */
export function missingLoanActions(doc: Json): string[] {
  const missing = [
    ...(returnOperations(doc).length ? [] : ['returning a book (POST /loans/{loanId}/return, or PATCH /loans/{loanId} with a status or returned_at)']),
    ...(renewalOperations(doc).length ? [] : ['renewing a loan (POST /loans/{loanId}/renewals, or PATCH /loans/{loanId} with a new due date)']),
    ...(borrowOperations(doc).length ? [] : ['borrowing a book (POST /loans with the book and member ids)']),
  ];
  if (missing.length === 0) return [];
  return [
    `The design cannot express ${listOf(missing)}. Keep the loan when its book comes back: its dates and late fee are ` +
      'history the library needs, so a return changes the loan rather than deleting it.',
  ];
}
