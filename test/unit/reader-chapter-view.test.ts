import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Router } from 'wouter';
import { describe, expect, it } from 'vitest';
import { loadChapter } from '../../src/content/catalog';
import { ChapterView } from '../../src/reader/chapter-view';
import { TryIt } from '../../src/reader/try-it';

// Server-rendered markup: enough to check structure and labels without a browser.
const render = (element: ReactElement) => renderToStaticMarkup(createElement(Router, { ssrPath: '/chapters/design-principles', children: element }));

describe('ChapterView', () => {
  it('renders the title, the outline of h2 sections and a Try-it block per request', async () => {
    const chapter = await loadChapter('design-principles');
    const html = render(createElement(ChapterView, { chapter }));
    expect(html).toContain(`<h1>${chapter.frontmatter.title}</h1>`);
    expect(html).toMatch(/<nav class="chapter-outline" aria-labelledby="outline-title"><h2 id="outline-title">On this page<\/h2>/);
    for (const heading of chapter.headings.filter((h) => h.depth === 2)) expect(html).toContain(`href="#${heading.id}"`);
    const blocks = chapter.segments.filter((s) => s.kind === 'try-it').length;
    expect(html.match(/class="try-it"/g)).toHaveLength(blocks);
  });

  it('links each exercise the frontmatter lists that exists', async () => {
    const chapter = await loadChapter('design-principles');
    const html = render(createElement(ChapterView, { chapter }));
    expect(html).toMatch(/<section class="chapter-exercises" aria-labelledby="chapter-exercises"><h2 id="chapter-exercises">Exercises<\/h2>/);
    expect(html).toContain('href="/exercises/api-audit"');
  });
});

describe('TryIt', () => {
  const request = { method: 'POST', url: '/api/v1/users', headers: [['Content-Type', 'application/json']] as [string, string][], body: '{}', title: 'Create a user' };

  it('labels every control and names its buttons after the request', () => {
    const html = render(createElement(TryIt, { request }));
    for (const label of ['Method', 'URL', 'Body']) expect(html).toMatch(new RegExp(`<label[^>]*for="([^"]+)"[^>]*>${label}</label>`));
    expect(html).toMatch(/<label for="[^"]+">Headers <span class="muted">/);
    const ids = [...html.matchAll(/<label[^>]*for="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('aria-label="Send Create a user"');
    expect(html).toContain('aria-label="Reset Create a user to the original request"');
    expect(html).toContain('<div class="try-it-response" data-testid="try-it-response" aria-live="polite">');
  });

  it('hides the body field for a GET', () => {
    const html = render(createElement(TryIt, { request: { ...request, method: 'GET', body: null } }));
    expect(html).not.toMatch(/>Body<\/label>/);
  });
});
