import { describe, expect, it } from 'vitest';
import {
  formatBody,
  headersToText,
  headerValue,
  isUnchanged,
  parseHeaderText,
  statusClass,
  statusLine,
  toDraft,
  toFetchArgs,
} from '../../src/reader/try-it-request';
import type { TryItRequest } from '../../src/content/types';

const create: TryItRequest = {
  method: 'POST',
  url: '/api/v1/users',
  headers: [
    ['Content-Type', 'application/json'],
    ['Accept', 'application/problem+json'],
  ],
  body: '{"name": "Katherine Johnson"}',
  title: 'Create a user',
};

describe('drafts', () => {
  it('turns a request into editable text fields', () => {
    expect(toDraft(create)).toEqual({
      method: 'POST',
      url: '/api/v1/users',
      headerText: 'Content-Type: application/json\nAccept: application/problem+json',
      body: '{"name": "Katherine Johnson"}',
    });
  });

  it('shows a missing body as an empty field', () => {
    expect(toDraft({ method: 'GET', url: '/api/v1/users', headers: [], body: null }).body).toBe('');
  });

  it('knows when the learner changed nothing', () => {
    expect(isUnchanged(toDraft(create), create)).toBe(true);
    expect(isUnchanged({ ...toDraft(create), url: '/api/v1/users?limit=1' }, create)).toBe(false);
  });

  it('writes headers as Name: value lines', () => {
    expect(headersToText([['X-A', '1'], ['X-B', 'two words']])).toBe('X-A: 1\nX-B: two words');
  });
});

describe('parseHeaderText', () => {
  it('skips blank lines and reads the rest', () => {
    expect(parseHeaderText('Accept: application/json\n\n  \nX-Trace: 1')).toEqual({
      headers: [
        ['Accept', 'application/json'],
        ['X-Trace', '1'],
      ],
      problems: [],
    });
  });

  it('names the line of each header it cannot read', () => {
    const { problems } = parseHeaderText('Accept: application/json\nContent-Type application/json\nHost: example.com');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^Header line 2: "Content-Type application\/json" is not a header line/);
    expect(problems[1]).toMatch(/^Header line 3: the browser sets "Host" itself/);
  });
});

describe('toFetchArgs', () => {
  it('sends method, headers and body as written', () => {
    expect(toFetchArgs(toDraft(create))).toEqual({
      url: '/api/v1/users',
      init: { method: 'POST', headers: create.headers, body: '{"name": "Katherine Johnson"}' },
    });
  });

  it('leaves the body out of a GET even when the field still holds text', () => {
    const args = toFetchArgs({ ...toDraft(create), method: 'GET' });
    expect(args).toEqual({ url: '/api/v1/users', init: { method: 'GET', headers: create.headers } });
  });

  it('sends no body when the field is empty', () => {
    const args = toFetchArgs({ ...toDraft(create), body: '' });
    expect('init' in args && 'body' in args.init).toBe(false);
  });

  it('refuses a URL on another host instead of sending it', () => {
    expect(toFetchArgs({ ...toDraft(create), url: 'https://example.com/api' })).toEqual({
      problems: [expect.stringMatching(/must be a path on the sandbox starting with "\/"/)],
    });
  });

  it('reports header problems instead of sending', () => {
    expect(toFetchArgs({ ...toDraft(create), headerText: 'nonsense' })).toEqual({ problems: [expect.stringMatching(/^Header line 1/)] });
  });
});

describe('response formatting', () => {
  it('writes the status line with the reason phrase when fetch gives none', () => {
    expect(statusLine(201)).toBe('HTTP 201 Created');
    expect(statusLine(422, '')).toBe('HTTP 422 Unprocessable Content');
    expect(statusLine(404, 'Not Found')).toBe('HTTP 404 Not Found');
    expect(statusLine(599)).toBe('HTTP 599');
  });

  it('classifies statuses for colour', () => {
    expect([200, 204, 304, 404, 503].map(statusClass)).toEqual(['ok', 'ok', 'redirect', 'client-error', 'server-error']);
  });

  it('indents JSON bodies, problem+json included', () => {
    expect(formatBody('{"data":{"id":"usr_1"}}', 'application/json; charset=UTF-8')).toBe('{\n  "data": {\n    "id": "usr_1"\n  }\n}');
    expect(formatBody('{"status":404}', 'application/problem+json')).toBe('{\n  "status": 404\n}');
  });

  it('shows text and broken JSON exactly as received', () => {
    expect(formatBody('plain\ntext', 'text/plain')).toBe('plain\ntext');
    expect(formatBody('{"a":', 'application/json')).toBe('{"a":');
    expect(formatBody('{"a":1}', null)).toBe('{"a":1}');
  });

  it('finds headers whatever their case', () => {
    expect(headerValue([['content-type', 'application/json']], 'Content-Type')).toBe('application/json');
    expect(headerValue([], 'Location')).toBeNull();
  });
});
