import { describe, expect, it } from 'vitest';
import { followableLinks, parseLinkHeader, toSandboxUrl, type SentExchange } from '../../src/reader/follow-links';
import { followDraft } from '../../src/reader/try-it-request';

const origin = 'http://127.0.0.1:4300';
const json = (body: unknown, headers: [string, string][] = []): SentExchange['response'] => ({
  headers: [['content-type', 'application/json'], ...headers],
  body: JSON.stringify(body),
});
const get = (url: string, response: SentExchange['response']) => followableLinks({ request: { method: 'GET', url }, response }, origin);

describe('parseLinkHeader', () => {
  it('reads the GitHub-style first, prev, next and last links', () => {
    const header =
      '</api/v1/books?page=1&per_page=2>; rel="first", </api/v1/books?page=1&per_page=2>; rel="prev", ' +
      '</api/v1/books?page=3&per_page=2>; rel="next", </api/v1/books?page=4&per_page=2>; rel="last"';
    expect(parseLinkHeader(header).map((l) => [l.rels.join(' '), l.target])).toEqual([
      ['first', '/api/v1/books?page=1&per_page=2'],
      ['prev', '/api/v1/books?page=1&per_page=2'],
      ['next', '/api/v1/books?page=3&per_page=2'],
      ['last', '/api/v1/books?page=4&per_page=2'],
    ]);
  });

  it('does not split on commas and semicolons inside the URL or a quoted string', () => {
    const header = '</a?tags=x,y;z>; title="one, two; three"; rel=next, </b>; rel="prev"';
    expect(parseLinkHeader(header)).toEqual([
      { target: '/a?tags=x,y;z', rels: ['next'] },
      { target: '/b', rels: ['prev'] },
    ]);
  });

  it('splits a rel that names several relations and lower-cases registered ones', () => {
    expect(parseLinkHeader('</p/9>; REL="Next Last"')).toEqual([{ target: '/p/9', rels: ['next', 'last'] }]);
  });

  it('keeps only the first rel parameter of a link, as RFC 8288 requires', () => {
    expect(parseLinkHeader('</x>; rel="next"; rel="prev"')).toEqual([{ target: '/x', rels: ['next'] }]);
  });

  it('unescapes quoted-pairs in a quoted rel', () => {
    expect(parseLinkHeader('</x>; rel="ne\\xt"')).toEqual([{ target: '/x', rels: ['next'] }]);
  });

  it('skips a link-value it cannot read and still reads the ones after it', () => {
    expect(parseLinkHeader('garbage; rel="next", </ok>; rel="last"')).toEqual([{ target: '/ok', rels: ['last'] }]);
    expect(parseLinkHeader('</bad>; rel="unterminated, </ok>; rel="last"')).toEqual([]);
    expect(parseLinkHeader('</no-rel>; title="x"')).toEqual([]);
  });
});

describe('toSandboxUrl', () => {
  it('keeps sandbox paths with their query', () => {
    expect(toSandboxUrl('/api/v1/books?limit=2&starting_after=bok_2', '/api/v1/books?limit=2', origin)).toBe('/api/v1/books?limit=2&starting_after=bok_2');
  });

  it('resolves a relative reference against the request URL', () => {
    expect(toSandboxUrl('?page=2', '/api/v1/books?page=1', origin)).toBe('/api/v1/books?page=2');
    expect(toSandboxUrl('orders', '/api/v1/users/usr_1/', origin)).toBe('/api/v1/users/usr_1/orders');
  });

  it('accepts an absolute URL on the same origin and refuses any other host', () => {
    expect(toSandboxUrl(`${origin}/api/v1/users`, '/api/v1', origin)).toBe('/api/v1/users');
    expect(toSandboxUrl('https://api.github.com/repos?page=2', '/api/v1', origin)).toBeNull();
    expect(toSandboxUrl('//evil.example/api/v1/users', '/api/v1', origin)).toBeNull();
  });

  it('refuses app pages and URI templates', () => {
    expect(toSandboxUrl('/errors/validation_failed', '/api/v1/users', origin)).toBeNull();
    expect(toSandboxUrl('/api/v1/issues{/number}', '/api/v1/issues', origin)).toBeNull();
  });
});

describe('followableLinks', () => {
  it('offers the links of a body, in the order written, without the page just fetched', () => {
    const response = json({ data: {}, links: { self: '/api/v1/users/usr_1', orders: '/api/v1/users/usr_1/orders' } });
    expect(get('/api/v1/users/usr_1', response)).toEqual([{ rel: 'orders', url: '/api/v1/users/usr_1/orders', source: 'body' }]);
  });

  it('keeps self after a write, where reading the result back is the next step', () => {
    const response = json({ links: { self: '/api/v1/customers/cus_9' } });
    expect(followableLinks({ request: { method: 'PUT', url: '/api/v1/customers/cus_9' }, response }, origin)).toEqual([
      { rel: 'self', url: '/api/v1/customers/cus_9', source: 'body' },
    ]);
  });

  it('reads HAL _links with href objects and arrays, skipping templated ones', () => {
    const response = json({
      _links: {
        next: { href: '/api/v1/books?page=2' },
        author: [{ href: '/api/v1/authors/aut_1' }, { href: '/api/v1/authors/aut_2' }],
        search: { href: '/api/v1/books{?q}', templated: true },
      },
    });
    expect(get('/api/v1/books', response).map((l) => `${l.rel} ${l.url}`)).toEqual([
      'next /api/v1/books?page=2',
      'author /api/v1/authors/aut_1',
      'author /api/v1/authors/aut_2',
    ]);
  });

  it('reads the Link header of a page and the Location of a create', () => {
    const page = json({ data: [] }, [['Link', '</api/v1/books?page=2&per_page=2>; rel="next", </api/v1/books?page=5&per_page=2>; rel="last"']]);
    expect(get('/api/v1/books?page=1&per_page=2', page)).toEqual([
      { rel: 'next', url: '/api/v1/books?page=2&per_page=2', source: 'link-header' },
      { rel: 'last', url: '/api/v1/books?page=5&per_page=2', source: 'link-header' },
    ]);
    const created = json({ data: { id: 'usr_4' } }, [['Location', '/api/v1/users/usr_4']]);
    expect(followableLinks({ request: { method: 'POST', url: '/api/v1/users' }, response: created }, origin)).toEqual([
      { rel: 'location', url: '/api/v1/users/usr_4', source: 'location' },
    ]);
  });

  it('lists a link found in both the body and the Link header once', () => {
    const response = json({ links: { next: '/api/v1/books?page=2' } }, [['link', '</api/v1/books?page=2>; rel="next"']]);
    expect(get('/api/v1/books', response)).toEqual([{ rel: 'next', url: '/api/v1/books?page=2', source: 'body' }]);
  });

  it('ignores links that leave the sandbox, non-string values and links nested in items', () => {
    const response = json({
      data: [{ id: 'usr_1', links: { self: '/api/v1/users/usr_1' } }],
      links: { docs: 'https://example.com/docs', count: 3, next: null, prev: '/api/v1/users?ending_before=usr_1' },
    });
    expect(get('/api/v1/users', response).map((l) => l.rel)).toEqual(['prev']);
  });

  it('reads no body links from a body that is not JSON or not an object', () => {
    expect(get('/api/v1/x', { headers: [['content-type', 'text/plain']], body: '{"links":{"a":"/api/v1/a"}}' })).toEqual([]);
    expect(get('/api/v1/x', { headers: [['content-type', 'application/json']], body: '{"links":' })).toEqual([]);
    expect(get('/api/v1/x', json([{ links: { a: '/api/v1/a' } }]))).toEqual([]);
    expect(get('/api/v1/x', { headers: [], body: '' })).toEqual([]);
  });

  it('reads links from a problem+json or HAL+json body too', () => {
    const response = { headers: [['content-type', 'application/hal+json']] as [string, string][], body: '{"_links":{"next":{"href":"/api/v1/a"}}}' };
    expect(get('/api/v1/x', response)).toEqual([{ rel: 'next', url: '/api/v1/a', source: 'body' }]);
  });
});

describe('followDraft', () => {
  it('loads the URL as a GET with no body, keeping every header but Content-Type', () => {
    const draft = { method: 'POST', url: '/api/v1/users', headerText: 'Content-Type: application/json\nX-API-Key: key_free_demo\ncontent-type:x', body: '{}' };
    expect(followDraft(draft, '/api/v1/users/usr_4')).toEqual({ method: 'GET', url: '/api/v1/users/usr_4', headerText: 'X-API-Key: key_free_demo', body: '' });
  });
});
