import { describe, expect, it } from 'vitest';
import type { SearchEntry } from '../../src/search/search-entry';
import { excerpt, normalize, prepare, queryWords, rank } from '../../src/search/search-rank';

const entry = (kind: SearchEntry['kind'], title: string, context = '', text = '', href = `/${title}`): SearchEntry => ({ kind, title, context, text, href });

const entries: SearchEntry[] = [
  entry('chapter', 'REST in practice', 'Chapter 2 · REST in practice', 'Resources, methods and status codes.', '/chapters/rest'),
  entry('section', 'Pagination', 'Chapter 2 · REST in practice', 'Offsets break when items are inserted; cursors do not.', '/chapters/rest#pagination'),
  entry('section', 'Cursor pagination done properly', 'Chapter 2 · REST in practice', 'Encode the sort key of the last item.', '/chapters/rest#cursor'),
  entry('exercise', 'Paginate a feed that keeps changing', 'Chapter 2 · REST in practice', 'A news feed lists posts newest first; use a cursor.', '/exercises/cursor-pagination'),
  entry('endpoint', 'List users', 'GET /api/v1/users', 'listUsers · Users', '/reference#tag/users/GET/api/v1/users'),
  entry('endpoint', 'Create a user', 'POST /api/v1/users', 'createUser · Users', '/reference#tag/users/POST/api/v1/users'),
  entry('section', 'Résumé of errors', 'Chapter 7 · Errors', 'Every failure in one envelope.', '/chapters/errors#resume'),
];
const items = prepare(entries);
const titles = (query: string) => rank(items, query).map((r) => r.entry.title);

describe('normalize and queryWords', () => {
  it('ignores case and accents', () => {
    expect(normalize('Résumé')).toBe('resume');
  });
  it('splits on spaces and keeps punctuation inside a word', () => {
    expect(queryWords('  GET   /api/v1/users ')).toEqual(['get', '/api/v1/users']);
  });
});

describe('rank', () => {
  it('returns nothing for an empty or blank query', () => {
    expect(rank(items, '   ')).toEqual([]);
  });

  it('requires every word of the query to match somewhere', () => {
    expect(titles('cursor users')).toEqual([]);
    // The exercise says "cursor" but never "pagination", so it is left out.
    expect(titles('pagination cursor')).toEqual(['Cursor pagination done properly', 'Pagination']);
  });

  it('puts an exact title first, before titles that only contain the word', () => {
    expect(titles('pagination')[0]).toBe('Pagination');
  });

  it('ranks a title match above a match in the body text', () => {
    const order = titles('cursor');
    expect(order.indexOf('Cursor pagination done properly')).toBeLessThan(order.indexOf('Paginate a feed that keeps changing'));
    expect(order).toContain('Pagination'); // "cursors" in its text
  });

  it('finds endpoints by method and path, and by operationId', () => {
    expect(titles('post /api/v1/users')).toEqual(['Create a user']);
    expect(titles('listusers')).toEqual(['List users']);
  });

  it('matches accented titles from plain letters', () => {
    expect(titles('resume')).toEqual(['Résumé of errors']);
  });

  it('quotes the body text around a match that is not in the title', () => {
    const [result] = rank(items, 'envelope');
    expect(result.entry.title).toBe('Résumé of errors');
    expect(result.excerpt).toContain('envelope');
  });

  it('gives no excerpt when the title or context already shows the match', () => {
    expect(rank(items, 'list users')[0].excerpt).toBeNull();
  });

  it('keeps at most `limit` results', () => {
    expect(rank(items, 'e', 2)).toHaveLength(2);
  });
});

describe('excerpt', () => {
  it('cuts at word boundaries and marks what was left out', () => {
    const text = `${'word '.repeat(40)}the needle sits here ${'tail '.repeat(40)}`;
    const quoted = excerpt(text, ['needle'], 60)!;
    expect(quoted.startsWith('… ')).toBe(true);
    expect(quoted.endsWith(' …')).toBe(true);
    expect(quoted).toContain('needle');
    const words = quoted.replace(/^… | …$/g, '').split(' ');
    expect(words.every((w) => ['word', 'the', 'needle', 'sits', 'here', 'tail'].includes(w))).toBe(true);
  });
  it('returns null when no word occurs', () => {
    expect(excerpt('nothing here', ['absent'])).toBeNull();
  });
});
