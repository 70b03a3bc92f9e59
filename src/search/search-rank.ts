/**
 * Matching and ranking, pure so it is tested without a browser. Every word of the query
 * must appear somewhere in an entry (title, context or text); where it appears decides
 * the score: a title beats the context, which beats body text, and a word that starts a
 * title word beats one found inside a word. Case and accents are ignored.
 */
import type { SearchEntry, SearchKind, SearchResult } from './search-entry';

/** Lower case without accents, so "Résumé" matches "resume". */
export function normalize(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The query's words, normalised; punctuation inside a word ("/users", "x-api-key") is kept. */
export function queryWords(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
}

// Within a field, a match at the start of a word (after a space, "/", "-", ".", "{") counts more.
const wordStart = (field: string, at: number) => at === 0 || /[\s/\-_.{(:"“]/.test(field[at - 1]);

function fieldScore(field: string, word: string, weight: number): number {
  let at = field.indexOf(word);
  if (at === -1) return 0;
  const best = weight;
  while (at !== -1) {
    if (wordStart(field, at)) return weight * 2;
    at = field.indexOf(word, at + 1);
  }
  return best;
}

// Ties go to the broader thing: a chapter before its section, a section before an exercise.
const kindOrder: Record<SearchKind, number> = { chapter: 0, section: 1, exercise: 2, endpoint: 3 };

interface Prepared {
  entry: SearchEntry;
  title: string;
  context: string;
  text: string;
}

/** Normalises entries once, so each keystroke only scans. */
export function prepare(entries: readonly SearchEntry[]): Prepared[] {
  return entries.map((entry) => ({ entry, title: normalize(entry.title), context: normalize(entry.context), text: normalize(entry.text) }));
}

/** Scores one prepared entry; 0 means "does not match every word". */
export function scoreEntry(item: Prepared, words: readonly string[], phrase: string): number {
  let score = 0;
  for (const word of words) {
    const s = Math.max(fieldScore(item.title, word, 8), fieldScore(item.context, word, 3), fieldScore(item.text, word, 1));
    if (s === 0) return 0;
    score += s;
  }
  if (item.title === phrase) score += 40;
  else if (words.length > 1 && item.title.includes(phrase)) score += 12;
  return score;
}

/** An excerpt of `text` around the first query word it contains, about `width` characters, or null. */
export function excerpt(text: string, words: readonly string[], width = 110): string | null {
  const normal = normalize(text);
  const at = words.map((w) => normal.indexOf(w)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  if (at === undefined) return null;
  const start = Math.max(0, at - Math.floor(width / 3));
  const end = Math.min(text.length, start + width);
  // Cut at spaces so no word is shown half.
  const from = start === 0 ? 0 : text.indexOf(' ', start) + 1 || start;
  const to = end === text.length ? end : text.lastIndexOf(' ', end) > from ? text.lastIndexOf(' ', end) : end;
  return `${from > 0 ? '… ' : ''}${text.slice(from, to).trim()}${to < text.length ? ' …' : ''}`;
}

/**
 * The entries matching `query`, best first, at most `limit`.
 * @example rank(prepare(entries), 'cursor pagination') // sections of chapter 2 first
 */
export function rank(items: readonly Prepared[], query: string, limit = 20): SearchResult[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const phrase = words.join(' ');
  const results: SearchResult[] = [];
  for (const item of items) {
    const score = scoreEntry(item, words, phrase);
    if (score > 0) results.push({ entry: item.entry, score, excerpt: null });
  }
  results.sort(
    (a, b) => b.score - a.score || kindOrder[a.entry.kind] - kindOrder[b.entry.kind] || a.entry.title.localeCompare(b.entry.title),
  );
  return results.slice(0, limit).map((r) => {
    const inTitle = words.every((w) => normalize(r.entry.title).includes(w) || normalize(r.entry.context).includes(w));
    return { ...r, excerpt: inTitle ? null : excerpt(r.entry.text, words) };
  });
}
