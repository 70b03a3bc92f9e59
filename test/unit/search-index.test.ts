import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileChapter, compileExercise } from '../../src/content/compile';
import { chapterEntries, endpointEntries, exerciseEntry, htmlText, scalarOperationAnchor, scalarSlug, sectionTexts } from '../../src/search/search-index';
import { prepare, rank } from '../../src/search/search-rank';

const root = path.resolve(import.meta.dirname, '../..');
const rest = compileChapter(readFileSync(path.join(root, 'content/02-rest.md'), 'utf8'), 'content/02-rest.md');

describe('htmlText', () => {
  it('drops tags and heading anchors and decodes entities', () => {
    expect(htmlText('<h2 id="a">Q &amp; A<a class="heading-anchor" href="#a" aria-label="x">#</a></h2>\n<p>It&#39;s <code>&lt;id&gt;</code></p>')).toBe("Q & A It's <id>");
  });
});

describe('sectionTexts', () => {
  it('gives each heading the text up to the next heading', () => {
    const texts = sectionTexts([{ kind: 'html', html: '<p>Intro</p><h2 id="one">One</h2><p>first</p><h3 id="two">Two</h3><p>second</p>' }]);
    expect(Object.fromEntries(texts)).toEqual({ '': 'Intro', one: 'One first', two: 'Two second' });
  });
});

describe('chapterEntries', () => {
  const entries = chapterEntries(rest, 'Chapter 2 · REST');
  it('makes one entry for the chapter and one per h2/h3 heading, linking to its anchor', () => {
    expect(entries[0]).toMatchObject({ kind: 'chapter', href: '/chapters/rest' });
    expect(entries.filter((e) => e.kind === 'section')).toHaveLength(rest.headings.filter((h) => h.depth <= 3).length);
    expect(entries).toContainEqual(expect.objectContaining({ kind: 'section', title: 'Pagination', href: '/chapters/rest#pagination' }));
  });
  it('finds a heading of the real chapter by a word of its text', () => {
    const [best] = rank(prepare(entries), 'token bucket');
    expect(best.entry.href).toBe('/chapters/rest#rate-limiting-with-a-token-bucket');
  });
});

describe('exerciseEntry', () => {
  it('indexes the title and the task text, linking to the exercise', () => {
    const file = 'exercises/token-bucket/exercise.md';
    const doc = compileExercise(readFileSync(path.join(root, file), 'utf8'), file);
    const entry = exerciseEntry(doc, 'Chapter 2 · REST');
    expect(entry).toMatchObject({ kind: 'exercise', title: doc.frontmatter.title, href: '/exercises/token-bucket' });
    expect(entry.text).toMatch(/bucket of tokens/);
  });
});

describe('endpointEntries', () => {
  const document = {
    paths: {
      '/api/v1/users/{id}': {
        parameters: [],
        get: { summary: 'Get a user', operationId: 'getUser', tags: ['Users'] },
        delete: { operationId: 'deleteUser' },
      },
      '/api/v1/health': { get: { summary: 'Health', tags: ['Sandbox & Tools'] } },
    },
  };
  it('lists each operation with its method, path, summary and operationId', () => {
    expect(endpointEntries(document)).toEqual([
      { kind: 'endpoint', title: 'Get a user', context: 'GET /api/v1/users/{id}', text: 'getUser · Users', href: '/reference#tag/users/GET/api/v1/users/{id}' },
      { kind: 'endpoint', title: 'DELETE /api/v1/users/{id}', context: 'DELETE /api/v1/users/{id}', text: 'deleteUser', href: '/reference#DELETE/api/v1/users/{id}' },
      { kind: 'endpoint', title: 'Health', context: 'GET /api/v1/health', text: 'Sandbox & Tools', href: '/reference#tag/sandbox-tools/GET/api/v1/health' },
    ]);
  });
  it('returns nothing for a document without paths', () => {
    expect(endpointEntries({})).toEqual([]);
    expect(endpointEntries(null)).toEqual([]);
  });
});

describe('scalarOperationAnchor', () => {
  it('follows Scalar: tag slug, then the upper-case method and the raw path', () => {
    expect(scalarOperationAnchor('post', '/api/v1/orders', 'Orders (v1)')).toBe('tag/orders-v1/POST/api/v1/orders');
    expect(scalarSlug('  Rides_and  Drivers ')).toBe('rides-and-drivers');
  });
});
