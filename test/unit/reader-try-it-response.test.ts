import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ExchangeView } from '../../src/reader/try-it-response';

const response = { status: 200, statusText: '', headers: [['content-type', 'application/json']] as [string, string][], body: '{"data":[]}', ms: 4 };
const render = (links: { rel: string; url: string; source: 'body' | 'link-header' | 'location' }[]) =>
  renderToStaticMarkup(createElement(ExchangeView, { exchange: { status: 'done', response, links }, onFollow: () => {}, focusStatus: false }));

describe('Try-it response links', () => {
  it('names each button "Follow <rel>" and describes it with the URL it will GET', () => {
    const html = render([
      { rel: 'next', url: '/api/v1/books?limit=2&starting_after=bok_2', source: 'body' },
      { rel: 'last', url: '/api/v1/books?page=4', source: 'link-header' },
    ]);
    const buttons = [...html.matchAll(/<button type="button" aria-describedby="([^"]+)">([^<]+)<\/button>/g)];
    expect(buttons.map((m) => m[2])).toEqual(['Follow next', 'Follow last']);
    for (const [, describedBy] of buttons) expect(html).toMatch(new RegExp(`<code id="${describedBy}">GET /api/v1/`));
    expect(html).toContain('GET /api/v1/books?limit=2&amp;starting_after=bok_2');
    expect(html).toContain('(from the Link header)');
  });

  it('shows no links section when the response has none', () => {
    expect(render([])).not.toContain('Links in this response');
  });

  it('lets the status line take focus, so a followed link keeps the keyboard in the block', () => {
    expect(render([])).toMatch(/<p class="try-it-status" tabindex="-1">/);
  });
});
