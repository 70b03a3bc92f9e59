/**
 * Turning an RPC-style path into the resource path a learner probably meant, so a
 * message can say "try GET /users/{userId}" instead of only "this is wrong".
 */
import { segmentsOf } from './paths';
import { crudVerbIn, isPluralWord, methodForVerb, pluralName, singularWord, splitWords } from './words';

const filler = new Set(['data', 'info', 'information', 'details', 'detail', 'all', 'id', 'ids', 'one', 'single']);
const linking = new Set(['by', 'for', 'of', 'from', 'in']);

const nouns = (words: string[]) => words.filter((w) => crudVerbIn(w) === null && !filler.has(w) && !linking.has(w));
const kebab = (words: string[]) => words.join('-');
const idParam = (word: string) => `{${singularWord(word)}Id}`;

/** The noun-based path and method for a segment holding a verb, e.g. `/getUserData` → `GET /users/{userId}`. */
export function suggestNounPath(path: string, verbSegmentIndex: number): string {
  const segments = segmentsOf(path);
  const segment = segments[verbSegmentIndex]!;
  const verb = crudVerbIn(segment.text)!;
  const method = methodForVerb(verb);
  const before = segments.slice(0, verbSegmentIndex).map((s) => s.text);
  const after = segments.slice(verbSegmentIndex + 1).map((s) => s.text);
  const words = splitWords(segment.text);
  const link = words.findIndex((w) => linking.has(w));
  const subject = nouns(link >= 0 ? words.slice(0, link) : words);
  const owner = link >= 0 ? nouns(words.slice(link + 1)) : [];

  let replacement: string[];
  if (subject.length === 0) {
    replacement = []; // `/users/{id}/delete` → DELETE /users/{id}
  } else if (owner.length > 0) {
    // `getOrdersByUser` → /users/{userId}/orders
    replacement = [pluralName(kebab(owner)), idParam(owner[owner.length - 1]!), pluralName(kebab(subject))];
  } else {
    const last = subject[subject.length - 1]!;
    const wantsOne = !isPluralWord(last) && method !== 'POST' && verb !== 'list' && after.length === 0;
    replacement = [pluralName(kebab(subject)), ...(wantsOne ? [idParam(last)] : [])];
  }
  return `${method} /${[...before, ...replacement, ...after].join('/')}`;
}

/**
 * The resource path a learner likely meant for any path: verb segments replaced by
 * their nouns, a singular final collection made plural. `/getUserData` → `/users`.
 */
export function suggestCollectionPath(path: string): string {
  const segments = segmentsOf(path);
  const lastNamed = segments.findLastIndex((s) => !s.param && !s.prefix);
  const parts = segments.map((segment, index) => {
    if (segment.param || segment.prefix) return segment.text;
    const subject = crudVerbIn(segment.text) === null ? null : nouns(splitWords(segment.text));
    if (subject) return subject.length ? pluralName(kebab(subject)) : '';
    return index === lastNamed ? pluralName(segment.text) : segment.text;
  });
  return `/${parts.filter(Boolean).join('/')}`;
}
