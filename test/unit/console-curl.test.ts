import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlArguments, curlCommand, SANDBOX_BASE_URL, shellQuote } from '../../src/console/curl';

/** What a real POSIX shell makes of a quoted word: the exact string it would hand to a program. */
function throughShell(quoted: string): string {
  return execFileSync('/bin/sh', ['-c', `printf '%s' ${quoted}`], { encoding: 'utf8' });
}

const nasty = [
  "it's",
  'say "hi"',
  '$HOME and ${PATH}',
  '`whoami` and $(id)',
  'two\nlines\n',
  "'; rm -rf / #",
  'back\\slash \\n',
  'tab\there & pipe | semi; <in >out',
  '*.ts ?[ab] ~user !!',
  'Zoë 🚀',
  '',
  "''''",
];

describe('shellQuote', () => {
  it('leaves plain words alone and single-quotes the rest', () => {
    expect(shellQuote('/api/v1/users')).toBe('/api/v1/users');
    expect(shellQuote('http://127.0.0.1:4010/api/v1/users')).toBe('http://127.0.0.1:4010/api/v1/users');
    expect(shellQuote('Accept: application/json')).toBe("'Accept: application/json'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
  });

  it.each(nasty.map((word) => [JSON.stringify(word), word]))('reaches the program unchanged through /bin/sh: %s', (_, word) => {
    expect(throughShell(shellQuote(word))).toBe(word);
  });
});

describe('curlCommand', () => {
  it('sends a GET to the HTTP sandbox on port 4010 with -i and one -H per header', () => {
    const command = curlCommand({ method: 'GET', url: '/api/v1/users?limit=2', headers: [['Accept', 'application/json']], body: null });
    expect(command).toBe(`curl -i '${SANDBOX_BASE_URL}/api/v1/users?limit=2' \\\n  -H 'Accept: application/json'`);
  });

  it('names the method and sends the body with --data-raw, so "@file" is never read and line breaks stay', () => {
    const args = curlArguments({ method: 'POST', url: '/api/v1/users', headers: [['Content-Type', 'application/json']], body: '@/etc/passwd\n' });
    expect(args).toEqual(['-i', '-X', 'POST', `${SANDBOX_BASE_URL}/api/v1/users`, '-H', 'Content-Type: application/json', '--data-raw', '@/etc/passwd\n']);
  });

  it('labels a body without Content-Type as text/plain, as fetch() does, instead of curl’s form encoding', () => {
    const args = curlArguments({ method: 'PUT', url: '/x', headers: [], body: 'hello' });
    expect(args).toContain('Content-Type: text/plain;charset=UTF-8');
  });

  it('uses --head for HEAD, and leaves a GET’s or HEAD’s body out', () => {
    expect(curlArguments({ method: 'HEAD', url: '/a', headers: [], body: 'ignored' })).toEqual(['-i', '--head', `${SANDBOX_BASE_URL}/a`]);
    expect(curlArguments({ method: 'GET', url: '/a', headers: [], body: 'ignored' })).toEqual(['-i', `${SANDBOX_BASE_URL}/a`]);
  });

  it('sends an empty header as "Name;" (curl drops "Name:" with nothing after it)', () => {
    expect(curlArguments({ method: 'GET', url: '/a', headers: [['X-Empty', '']], body: null })).toContain('X-Empty;');
  });

  it('turns curl’s URL globbing off when the URL holds brackets or braces', () => {
    expect(curlArguments({ method: 'GET', url: '/a?filter[status]=paid', headers: [], body: null })).toContain('-g');
    expect(curlArguments({ method: 'GET', url: '/a?b=1', headers: [], body: null })).not.toContain('-g');
  });

  it('parses back, through a real shell, into exactly the arguments it was built from', () => {
    const request = { method: 'PATCH', url: '/api/v1/users/usr_1?x=[1]', headers: nasty.slice(0, 4).map((v, i): [string, string] => [`X-H${i}`, v.replace(/\n/g, ' ')]), body: nasty.join('|') };
    // A shell function that prints each argument NUL-terminated stands in for curl.
    const script = `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${curlCommand(request, 'http://127.0.0.1:1')}`;
    const printed = execFileSync('/bin/sh', ['-c', script], { encoding: 'utf8' });
    expect(printed.split('\0').slice(0, -1)).toEqual(curlArguments(request, 'http://127.0.0.1:1'));
  });
});
