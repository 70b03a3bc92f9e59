/**
 * Checks on lists: searching the catalogue with query parameters, and paging every
 * list, with a cursor (`limit` + `starting_after`) or with pages (`page` + `per_page`).
 */
import { operationsOf, parametersOf, type Json, type Operation } from '../../../src/grading/openapi-rules/openapi';
import { returnsList } from '../../../src/grading/openapi-rules/paths';
import { listOf, namesOf } from '../../../src/grading/openapi-rules/message';
import { splitWords } from '../../../src/grading/openapi-rules/words';
import { collectionPaths, conceptOfPath, refersTo } from './concepts';

const queryNames = (doc: Json, operation: Operation) =>
  parametersOf(doc, operation)
    .filter((p) => p.in === 'query' && typeof p.name === 'string')
    .map((p) => String(p.name));

const textSearch = /^(q|query|search|term|terms|keywords?|text|title|filter|full_?text|search_?query|searchQuery)$/i;
const availability = ['available', 'availability', 'status', 'stock', 'loanable', 'shelf', 'loan'];

/** What the books list lacks of text search, an author filter and an availability filter. */
export function missingBookSearch(doc: Json): string[] {
  const lists = new Set(collectionPaths(doc, 'books'));
  const candidates = operationsOf(doc).filter((o) => o.method === 'get' && lists.has(o.path));
  if (candidates.length === 0) {
    return ['There is no GET on a books collection to search. Add GET /books with query parameters such as ?q=python&author_id=…&available=true.'];
  }
  // Judge the richest books list: usually the top-level one.
  const scored = candidates.map((operation) => {
    const names = queryNames(doc, operation);
    const lacks = [
      ...(names.some((n) => textSearch.test(n)) ? [] : ['free-text search (e.g. ?q=python)']),
      ...(names.some((n) => refersTo(n, 'authors')) ? [] : ['an author filter (e.g. ?author_id=…)']),
      ...(names.some((n) => splitWords(n).some((w) => availability.includes(w))) ? [] : ['an availability filter (e.g. ?available=true)']),
    ];
    return { operation, lacks };
  });
  const best = scored.sort((a, b) => a.lacks.length - b.lacks.length)[0]!;
  if (best.lacks.length === 0) return [];
  return [
    `${best.operation.label} lacks ${namesOf(best.lacks)}. Searching is reading a filtered list, so it belongs in query ` +
      'parameters on the books collection (not in a /search path), where clients can combine the filters.',
  ];
}

const sizeParam = /^(limit|page_?size|pageSize|per_?page|perPage|size|max_?results|maxResults|count|first|last|top)$/i;
const positionParam =
  /^(cursor|starting_?after|startingAfter|ending_?before|endingBefore|after|before|page_?token|pageToken|page|offset|skip|next|continuation_?token|since|since_id)$/i;

/** True for GETs that return a list: an array, a wrapper around one, or a resource collection. */
function isListOperation(doc: Json, operation: Operation): boolean {
  if (operation.method !== 'get') return false;
  const { concept, isItem } = conceptOfPath(operation.path);
  if (isItem) return false;
  return concept !== null || returnsList(doc, operation);
}

/** List operations without both a page-size and a position parameter. */
export function unpagedLists(doc: Json): string[] {
  const items = operationsOf(doc)
    .filter((operation) => isListOperation(doc, operation))
    .flatMap((operation) => {
      const names = queryNames(doc, operation);
      const lacks = [
        ...(names.some((n) => sizeParam.test(n)) ? [] : ['a page size']),
        ...(names.some((n) => positionParam.test(n)) ? [] : ['a position']),
      ];
      return lacks.length ? [`${operation.label} lacks ${lacks.join(' and ')}`] : [];
    });
  if (items.length === 0) return [];
  return [
    `${listOf(items)}. A library's lists grow without end, so every list takes a page size and a position: a cursor ` +
      '(limit + starting_after) or a page (page + per_page). Declare them once in components.parameters and $ref them.',
  ];
}
