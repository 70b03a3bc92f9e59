import { describe, expect, it } from 'vitest';
import { parseHeaderLine, parseTryIt } from '../../src/content/try-it';

const where = { file: 'content/01-example.md', line: 40 };

describe('parseTryIt', () => {
  it('reads the method, path, headers and body of a request', () => {
    const request = parseTryIt(
      'http try-it',
      'POST /api/v1/users\nContent-Type: application/json\nAccept: application/json\n\n{"name": "Katherine Johnson",\n "email": "katherine@example.com"}\n',
      where,
    );
    expect(request).toEqual({
      method: 'POST',
      url: '/api/v1/users',
      headers: [
        ['Content-Type', 'application/json'],
        ['Accept', 'application/json'],
      ],
      body: '{"name": "Katherine Johnson",\n "email": "katherine@example.com"}',
    });
  });

  it('has a null body and no headers for a bare GET', () => {
    expect(parseTryIt('http try-it', 'GET /api/v1/users?limit=2', where)).toEqual({ method: 'GET', url: '/api/v1/users?limit=2', headers: [], body: null });
  });

  it('takes the title from the info string', () => {
    expect(parseTryIt('http try-it title="List the users"', 'GET /api/v1/users', where).title).toBe('List the users');
  });

  it('accepts an HTTP version after the path', () => {
    expect(parseTryIt('http try-it', 'DELETE /api/v1/users/usr_1 HTTP/1.1', where).method).toBe('DELETE');
  });

  it('keeps a deliberately malformed JSON body exactly as written', () => {
    const body = '{"name": "Ada", "email": }';
    expect(parseTryIt('http try-it', `POST /api/v1/users\nContent-Type: application/json\n\n${body}`, where).body).toBe(body);
  });

  it('fails on the request line with its line number when the method is unknown', () => {
    expect(() => parseTryIt('http try-it', 'FETCH /api/v1/users', where)).toThrow(/content\/01-example\.md:41: Try-it block: "FETCH" is not a method/);
  });

  it('refuses absolute URLs to other hosts', () => {
    expect(() => parseTryIt('http try-it', 'GET https://api.example.com/users', where)).toThrow(/:41: .*must be a path on the sandbox/);
  });

  it('fails on a malformed header line with that line number', () => {
    expect(() => parseTryIt('http try-it', 'GET /api/v1/users\nAccept application/json', where)).toThrow(/:42: Try-it block: "Accept application\/json" is not a header line/);
  });

  it('fails when a GET carries a body, pointing at the body line', () => {
    expect(() => parseTryIt('http try-it', 'GET /api/v1/users\nAccept: application/json\n\n{"a": 1}', where)).toThrow(/:44: .*GET request cannot carry a body/);
  });

  it('fails on an empty first line', () => {
    expect(() => parseTryIt('http try-it', '\nGET /api/v1/users', where)).toThrow(/:41: .*first line must be the request line/);
  });

  it('rejects unknown attributes in the info string', () => {
    expect(() => parseTryIt('http try-it expect="201"', 'GET /x', where)).toThrow(/:40: .*unknown attribute "expect"/);
  });

  it('rejects a title without quotes', () => {
    expect(() => parseTryIt('http try-it title=List', 'GET /x', where)).toThrow(/cannot read "title=List"/);
  });
});

describe('parseHeaderLine', () => {
  it('trims the name and the value', () => {
    expect(parseHeaderLine('  Accept :  application/problem+json ')).toEqual(['Accept', 'application/problem+json']);
  });

  it('keeps colons inside the value', () => {
    expect(parseHeaderLine('If-Match: "v:2"')).toEqual(['If-Match', '"v:2"']);
  });

  it('explains that fetch cannot set headers the browser owns', () => {
    expect(parseHeaderLine('Host: example.com')).toMatch(/browser sets "Host" itself/);
  });

  it('rejects names with spaces', () => {
    expect(parseHeaderLine('Content Type: text/plain')).toMatch(/not a valid header name/);
  });
});
