/**
 * Checks on the resource model: all five resources addressable, and related to each
 * other by nesting, by references in their representations, or by list filters.
 */
import { operationsOf, parametersOf, type Json } from '../../../src/grading/openapi-rules/openapi';
import { segmentsOf } from '../../../src/grading/openapi-rules/paths';
import {
  collectionPaths,
  conceptOfSegment,
  concepts,
  itemPaths,
  operationsAbout,
  pathsOf,
  refersTo,
  representationProperties,
  type Concept,
} from './concepts';

const example: Record<Concept, string> = {
  books: '/books and /books/{bookId}',
  authors: '/authors and /authors/{authorId}',
  members: '/members and /members/{memberId}',
  loans: '/loans and /loans/{loanId}',
  reservations: '/books/{bookId}/reservations and /reservations/{reservationId}',
};

/** Concepts without a collection path or without an item path. */
export function missingResources(doc: Json): string[] {
  const gaps = concepts.flatMap((concept) => {
    const lists = collectionPaths(doc, concept);
    const items = itemPaths(doc, concept);
    if (lists.length && items.length) return [];
    const lacking = !lists.length && !items.length ? 'no path at all' : !lists.length ? `no collection path (only ${items[0]})` : `no item path (only ${lists[0]})`;
    return [`${concept}: ${lacking}, e.g. ${example[concept]}`];
  });
  if (gaps.length === 0) return [];
  return [
    `Each of the library's five resources needs a collection to list and create them and an item path for one of them. ` +
      `Missing: ${gaps.join('; ')}. (Any plural noun will do: members may be patrons, loans checkouts, reservations holds.)`,
  ];
}

/** True when one concept's collection sits under an item of the other, in either order. */
function nested(doc: Json, a: Concept, b: Concept): boolean {
  return pathsOf(doc).some((path) => {
    const segments = segmentsOf(path);
    return segments.some((segment, i) => {
      const outer = conceptOfSegment(segment);
      if (outer !== a && outer !== b) return false;
      if (!segments[i + 1]?.param) return false;
      return segments.slice(i + 2).some((inner) => conceptOfSegment(inner) === (outer === a ? b : a));
    });
  });
}

/** True when a representation of one concept names the other (`member_id`, `links.book`). */
function referenced(doc: Json, a: Concept, b: Concept): boolean {
  return (
    representationProperties(doc, a).some((name) => refersTo(name, b)) ||
    representationProperties(doc, b).some((name) => refersTo(name, a))
  );
}

/** True when a list of one concept can be filtered by the other (`GET /loans?member_id=`). */
function filtered(doc: Json, a: Concept, b: Concept): boolean {
  const filters = (list: Concept, by: Concept) =>
    operationsAbout(doc, list).some(
      (o) => o.method === 'get' && parametersOf(doc, o).some((p) => p.in === 'query' && typeof p.name === 'string' && refersTo(p.name, by)),
    );
  return filters(a, b) || filters(b, a);
}

const relationships: Array<[Concept, Concept, string]> = [
  ['books', 'authors', 'GET /authors/{authorId}/books, or author_ids in Book'],
  ['loans', 'books', 'book_id in Loan, or GET /books/{bookId}/loans'],
  ['loans', 'members', 'GET /members/{memberId}/loans, or member_id in Loan'],
  ['reservations', 'books', 'GET /books/{bookId}/reservations, or book_id in Reservation'],
  ['reservations', 'members', 'member_id in Reservation, or GET /members/{memberId}/reservations'],
];

/** Pairs of resources that nothing connects. */
export function missingRelationships(doc: Json): string[] {
  if (operationsOf(doc).length === 0) return ['The document has no operations yet, so no resources to relate.'];
  const missing = relationships.filter(([a, b]) => !nested(doc, a, b) && !referenced(doc, a, b) && !filtered(doc, a, b));
  if (missing.length === 0) return [];
  const items = missing.map(([a, b, fix]) => `${a} and ${b} (e.g. ${fix})`);
  return [
    `Nothing connects ${items.join('; ')}. A client holding a loan must find its book and member, and a member their ` +
      'loans. Nest one collection under the other, or put the related id (with a link) in the representation.',
  ];
}
