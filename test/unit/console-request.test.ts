import { describe, expect, it } from 'vitest';
import { consoleHref } from '../../src/console/console-link';
import { checkHeaders, defaultDraft, draftFromSearch, expectsJson, followLinkDraft, jsonProblem, toFetchInit, toRequest, urlProblem, type ConsoleDraft } from '../../src/console/console-request';
import { pathSuggestions } from '../../src/console/openapi-paths';

const draft = (change: Partial<ConsoleDraft>): ConsoleDraft => ({ ...defaultDraft(), ...change });
const row = (name: string, value: string, enabled = true) => ({ name, value, enabled });

describe('the console’s request checks', () => {
  it('turns a valid draft into a request with only the enabled, non-empty header rows', () => {
    const result = toRequest(draft({ method: 'POST', url: ' /api/v1/users ', headers: [row('Content-Type', 'application/json'), row('X-Off', '1', false), row('', '')], body: '{}' }));
    expect(result).toEqual({ request: { method: 'POST', url: '/api/v1/users', headers: [['Content-Type', 'application/json']], body: '{}' } });
    expect(toFetchInit((result as { request: never }).request)).toEqual({ method: 'POST', headers: [['Content-Type', 'application/json']], body: '{}' });
  });

  it('drops the body of a GET rather than let fetch() throw', () => {
    expect(toRequest(draft({ method: 'GET', body: '{"a":1}' }))).toMatchObject({ request: { body: null } });
  });

  it('refuses URLs that are not sandbox paths, naming the URL', () => {
    expect(urlProblem('https://example.com/')).toMatch(/starting with "\/".*"https:\/\/example.com\/"/);
    expect(urlProblem('//evil.example/x')).toMatch(/starting with "\/"/);
    expect(urlProblem('/api/v1/users?q=a b')).toMatch(/space/);
    expect(urlProblem('/api/v1/users')).toBeNull();
  });

  it('names the row of each bad header and says what to do', () => {
    const { headers, problems } = checkHeaders([row('Accept', 'application/json'), row('', 'orphan'), row('Bad Name', 'x'), row('X-Multi', 'a\nb'), row('X-Emoji', '🚀'), row('Host', 'example.com')]);
    expect(headers).toEqual([['Accept', 'application/json']]);
    expect(problems).toEqual([
      expect.stringMatching(/^Header 2 has a value but no name/),
      expect.stringMatching(/^Header 3: "Bad Name" is not a valid header name/),
      expect.stringMatching(/^Header 4 \(X-Multi\): a header value cannot contain a line break/),
      expect.stringMatching(/^Header 5 \(X-Emoji\):.*Latin-1/),
      expect.stringMatching(/^Header 6: the browser sets "Host" itself/),
    ]);
    expect(toRequest(draft({ headers: [row('X-Multi', 'a\r\nInjected: yes')] }))).toEqual({ problems: [expect.stringMatching(/line break/)] });
  });

  it('keeps quotes, $ and backticks in header values: they are only special to a shell', () => {
    expect(checkHeaders([row('X-Note', 'it\'s "$HOME" `id`')]).headers).toEqual([['X-Note', 'it\'s "$HOME" `id`']]);
  });
});

describe('the body’s JSON check', () => {
  it('expects JSON when Content-Type says so, or when no type is set and the body starts like JSON', () => {
    expect(expectsJson(draft({ headers: [row('Content-Type', 'application/merge-patch+json')], body: 'x' }))).toBe(true);
    expect(expectsJson(draft({ headers: [row('Content-Type', 'text/plain')], body: '{' }))).toBe(false);
    expect(expectsJson(draft({ headers: [], body: '  [1]' }))).toBe(true);
    expect(expectsJson(draft({ headers: [], body: 'plain' }))).toBe(false);
  });

  it('says where broken JSON breaks, as line and column', () => {
    expect(jsonProblem('{"a": 1}')).toBeNull();
    expect(jsonProblem('{\n  "a": 1,\n  "b": nope\n}')).toBe(
      'The body is not valid JSON at line 3, column 9: Unexpected token \'o\'. It will be sent as typed, so expect a 400 invalid_json.',
    );
    expect(jsonProblem('{"a": ')).toMatch(/not valid JSON/);
  });
});

describe('links into the console and link following', () => {
  it('round-trips a Try-it request through the console URL', () => {
    const href = consoleHref({ method: 'POST', url: '/api/v1/orders?x=1&y=2', headerText: 'Content-Type: application/json\nIdempotency-Key: k 1', body: '{"a": "b&c"}' });
    expect(href.startsWith('/tools/console?')).toBe(true);
    expect(draftFromSearch(href.slice(href.indexOf('?')))).toEqual({
      method: 'POST',
      url: '/api/v1/orders?x=1&y=2',
      headers: [row('Content-Type', 'application/json'), row('Idempotency-Key', 'k 1')],
      body: '{"a": "b&c"}',
    });
  });

  it('ignores a query without a URL and an unknown method', () => {
    expect(draftFromSearch('?method=POST')).toBeNull();
    expect(draftFromSearch('?method=TRACE&url=/a')?.method).toBe('GET');
  });

  it('follows a link as a GET without body or Content-Type, keeping the other headers', () => {
    const next = followLinkDraft(draft({ method: 'POST', headers: [row('Content-Type', 'application/json'), row('Authorization', 'Bearer t')], body: '{}' }), '/api/v1/orders/ord_1');
    expect(next).toEqual({ method: 'GET', url: '/api/v1/orders/ord_1', headers: [row('Authorization', 'Bearer t')], body: '' });
  });

  it('suggests the documented paths with their methods, sorted', () => {
    const doc = { paths: { '/b': { get: {}, parameters: [] }, '/a/{id}': { delete: {}, get: {} }, nope: {} } };
    expect(pathSuggestions(doc)).toEqual([
      { path: '/a/{id}', methods: ['DELETE', 'GET'] },
      { path: '/b', methods: ['GET'] },
    ]);
    expect(pathSuggestions(null)).toEqual([]);
  });
});

describe('the JSON position finder', () => {
  it.each([
    ['{"a": 1 "b": 2}', 1, 9],
    ['[1, 2,, 3]', 1, 7],
    ['{\n  "a": "x"\n  "b": 1\n}', 3, 3],
    ['{"a": 1} trailing', 1, 10],
  ])('points at the character where %j breaks', (body, line, column) => {
    expect(jsonProblem(body)).toContain(`line ${line}, column ${column}`);
  });
});
