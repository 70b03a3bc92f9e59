import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/content/markdown';
import { createSlugger, slugify } from '../../src/content/slug';

const where = { file: 'content/01-example.md', line: 7 };

describe('renderMarkdown', () => {
  it('cuts Try-it blocks out of the prose, in document order', () => {
    const { segments } = renderMarkdown('Before.\n\n```http try-it title="List"\nGET /api/v1/users\n```\n\nAfter.\n', where);
    expect(segments.map((s) => s.kind)).toEqual(['html', 'try-it', 'html']);
    expect(segments[0]).toEqual({ kind: 'html', html: '<p>Before.</p>\n' });
    expect(segments[1]).toEqual({ kind: 'try-it', request: { method: 'GET', url: '/api/v1/users', headers: [], body: null, title: 'List' } });
    expect(segments[2]).toEqual({ kind: 'html', html: '<p>After.</p>\n' });
  });

  it('keeps plain http blocks as highlighted code', () => {
    const { segments } = renderMarkdown('```http\nGET /v1/customers/cus_123 HTTP/1.1\n```\n', where);
    expect(segments).toHaveLength(1);
    const html = (segments[0] as { html: string }).html;
    expect(html).toContain('<pre class="code-block" data-lang="http" tabindex="0"><code class="hljs language-http">');
    expect(html).toContain('hljs-');
  });

  it('escapes code in languages highlight.js does not know', () => {
    const { segments } = renderMarkdown('```nosuchlang\n<script>alert(1)</script>\n```\n', where);
    expect((segments[0] as { html: string }).html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('gives every heading a unique slug id and anchors on h2 and h3', () => {
    const { headings, segments } = renderMarkdown('# Design\n\n## Why it matters\n\n### Errors\n\n## Errors\n\n#### Errors & *codes*\n', where);
    expect(headings).toEqual([
      { depth: 1, text: 'Design', id: 'design' },
      { depth: 2, text: 'Why it matters', id: 'why-it-matters' },
      { depth: 3, text: 'Errors', id: 'errors' },
      { depth: 2, text: 'Errors', id: 'errors-2' },
      { depth: 4, text: 'Errors & codes', id: 'errors-codes' },
    ]);
    const html = (segments[0] as { html: string }).html;
    expect(html).toContain('<h1 id="design">Design</h1>');
    expect(html).toContain('<h2 id="why-it-matters">Why it matters <a class="heading-anchor" href="#why-it-matters" aria-label="Link to this section: Why it matters">#</a></h2>');
    expect(html).toContain('<h4 id="errors-codes">Errors &amp; <em>codes</em></h4>');
  });

  it('reports a malformed Try-it block with the line in the file', () => {
    // Body starts on line 7; the fence is on line 7 + 2 = 9, the request line on 10.
    const markdown = 'Intro.\n\n```http try-it\nGET api/v1/users\n```\n';
    expect(() => renderMarkdown(markdown, where)).toThrow(/content\/01-example\.md:10: Try-it block: "api\/v1\/users" must be a path/);
  });

  it('counts lines across earlier blocks when reporting an error', () => {
    const markdown = '```json\n{\n  "a": 1\n}\n```\n\n- one\n- two\n\n```http try-it\nGET /ok\nbroken header\n```\n';
    expect(() => renderMarkdown(markdown, { file: 'x.md', line: 1 })).toThrow(/^x\.md:12: /);
  });

  it('refuses a Try-it block nested in a list', () => {
    expect(() => renderMarkdown('- item\n\n  ```http try-it\n  GET /api/v1/users\n  ```\n', where)).toThrow(/must stand on its own/);
  });
});

describe('slugs', () => {
  it('strips punctuation and accents', () => {
    expect(slugify('Consistency over cleverness: naming, casing & errors')).toBe('consistency-over-cleverness-naming-casing-errors');
    expect(slugify('Déjà vu')).toBe('deja-vu');
  });

  it('numbers repeated slugs within one document', () => {
    const slug = createSlugger();
    expect([slug('A'), slug('A'), slug('A')]).toEqual(['a', 'a-2', 'a-3']);
  });

  it('never returns an empty id', () => {
    expect(slugify('!!!')).toBe('section');
  });
});
