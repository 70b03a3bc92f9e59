/**
 * The library's five kinds of thing, whatever the learner calls them: a collection
 * named `patrons` or `library-members` is the members, `checkouts` the loans, `holds`
 * the reservations. Everything here is judged by words in names, never by exact spelling.
 */
import { isObject, operationsOf, requestSchemasOf, responsesOf, isSuccess, walkProperties, type Json, type Operation } from '../../../src/grading/openapi-rules/openapi';
import { segmentsOf, type Segment } from '../../../src/grading/openapi-rules/paths';
import { singularWord, splitWords } from '../../../src/grading/openapi-rules/words';
import { isActionName } from './verbs';

export const concepts = ['books', 'authors', 'members', 'loans', 'reservations'] as const;
export type Concept = (typeof concepts)[number];

/** Singular words that name each concept in a path segment. */
const collectionWords: Record<Concept, string[]> = {
  books: ['book', 'title', 'publication', 'work', 'volume'],
  authors: ['author', 'writer', 'creator', 'contributor'],
  members: ['member', 'patron', 'borrower', 'user', 'reader', 'customer', 'cardholder'],
  loans: ['loan', 'checkout', 'borrowing', 'lending', 'rental'],
  reservations: ['reservation', 'hold', 'booking'],
};

/** A property that refers to a book may also name its copy or ISBN (`copy_id`, `isbn`). */
const referenceWords: Record<Concept, string[]> = {
  ...collectionWords,
  books: [...collectionWords.books.filter((w) => w !== 'title'), 'copy', 'isbn'],
};

const wordsOf = (name: string) => splitWords(name).map(singularWord);

/** The concept a collection segment names, by its last word: `book-loans` → loans. */
export function conceptOfSegment(segment: Segment | undefined): Concept | null {
  if (!segment || segment.param || segment.prefix || isActionName(segment.text)) return null;
  const last = wordsOf(segment.text).pop() ?? '';
  return concepts.find((concept) => collectionWords[concept].includes(last)) ?? null;
}

/** True when a property or parameter name refers to the concept: `member_id`, `authorIds`, `book`. */
export function refersTo(name: string, concept: Concept): boolean {
  return wordsOf(name).some((word) => referenceWords[concept].includes(word));
}

/** Which concept a path is about: its last collection (`/members/{id}/loans` → loans). */
export function conceptOfPath(path: string): { concept: Concept | null; isItem: boolean } {
  const segments = segmentsOf(path);
  const last = segments[segments.length - 1];
  if (last?.param) return { concept: conceptOfSegment(segments[segments.length - 2]), isItem: true };
  return { concept: conceptOfSegment(last), isItem: false };
}

/** Paths whose last segment is a collection of the concept: `/books`, `/authors/{authorId}/books`. */
export function collectionPaths(doc: Json, concept: Concept): string[] {
  return pathsOf(doc).filter((path) => {
    const found = conceptOfPath(path);
    return found.concept === concept && !found.isItem;
  });
}

/** Paths that address one member of the concept's collection: `/books/{bookId}`. */
export function itemPaths(doc: Json, concept: Concept): string[] {
  return pathsOf(doc).filter((path) => {
    const found = conceptOfPath(path);
    return found.concept === concept && found.isItem;
  });
}

export function pathsOf(doc: Json): string[] {
  return isObject(doc.paths) ? Object.keys(doc.paths) : [];
}

/** Operations on the concept's collection or item paths. */
export function operationsAbout(doc: Json, concept: Concept): Operation[] {
  return operationsOf(doc).filter((o) => conceptOfPath(o.path).concept === concept);
}

/**
 * Every property name in the concept's representations (request bodies and success
 * responses of its operations), nested ones and links included.
 */
export function representationProperties(doc: Json, concept: Concept): string[] {
  const names = new Set<string>();
  for (const operation of operationsAbout(doc, concept)) {
    const schemas = [
      ...requestSchemasOf(doc, operation),
      ...responsesOf(doc, operation).filter((r) => isSuccess(r.status)).flatMap((r) => r.schemas),
    ];
    for (const schema of schemas) walkProperties(doc, schema, '', ({ name }) => names.add(name));
  }
  return [...names];
}
