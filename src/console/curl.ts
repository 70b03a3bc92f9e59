/**
 * "Copy as curl": the console's request as a command for a POSIX shell (bash, zsh, sh),
 * aimed at the HTTP door of the sandbox (`npm run sandbox`, http://127.0.0.1:4010), so the
 * request a learner built in the browser runs unchanged from a terminal.
 *
 * Quoting is the whole risk here: a header or body holding `'`, `$`, a backtick or a line
 * break must reach curl as the exact bytes, never be expanded or run by the shell. Every
 * word that is not plainly safe goes in single quotes, where a POSIX shell interprets
 * nothing; a single quote itself is written as `'\''` (close, escaped quote, reopen).
 */

/** Where `npm run sandbox` listens by default (sandbox/server.ts). */
export const SANDBOX_BASE_URL = 'http://127.0.0.1:4010';

/** A request as the console sends it: a sandbox path, header pairs and an optional body. */
export interface CurlRequest {
  method: string;
  /** A path on the sandbox, starting with "/". */
  url: string;
  headers: [string, string][];
  body: string | null;
}

// Characters a shell never treats specially in a word; anything else is quoted.
const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes one word for a POSIX shell so it arrives as exactly these characters.
 * @example shellQuote("it's $HOME") // 'it'\''s $HOME'
 */
export function shellQuote(word: string): string {
  if (SAFE_WORD.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

// curl reads [ ] { } in a URL as a glob ("fetch 1 to 10"); -g turns that off.
const GLOB_CHARS = /[[\]{}]/;

/** The arguments of the curl command (without the leading `curl`), each unquoted. */
export function curlArguments(request: CurlRequest, baseUrl: string = SANDBOX_BASE_URL): string[] {
  const args = ['-i'];
  const method = request.method.toUpperCase();
  // HEAD needs --head: with -X HEAD curl would wait for a body that never comes.
  if (method === 'HEAD') args.push('--head');
  else if (method !== 'GET') args.push('-X', method);
  const url = `${baseUrl.replace(/\/+$/, '')}${request.url}`;
  if (GLOB_CHARS.test(url)) args.push('-g');
  args.push(url);
  for (const [name, value] of request.headers) {
    // "Name:" with nothing after it tells curl to REMOVE the header; "Name;" sends it empty.
    args.push('-H', value === '' ? `${name};` : `${name}: ${value}`);
  }
  const hasBody = request.body !== null && request.body !== '' && method !== 'GET' && method !== 'HEAD';
  if (hasBody) {
    // fetch() labels a string body text/plain; curl would say x-www-form-urlencoded. Match the browser.
    if (!request.headers.some(([name]) => name.toLowerCase() === 'content-type')) args.push('-H', 'Content-Type: text/plain;charset=UTF-8');
    // --data-raw sends the text as is: no "@file" reading, line breaks kept.
    args.push('--data-raw', request.body!);
  }
  return args;
}

/**
 * The request as a copy-and-paste curl command, one option per line.
 * @example curlCommand({ method: 'GET', url: '/api/v1/users', headers: [['Accept', 'application/json']], body: null })
 * // curl -i http://127.0.0.1:4010/api/v1/users \
 * //   -H 'Accept: application/json'
 */
export function curlCommand(request: CurlRequest, baseUrl: string = SANDBOX_BASE_URL): string {
  const args = curlArguments(request, baseUrl);
  const lines: string[] = [];
  let current = 'curl';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    // Options that take a value start a new line together with it; the backslash-newline
    // between lines sits outside any quotes, where the shell reads it as "continue".
    if (arg === '-H' || arg === '--data-raw') {
      lines.push(current);
      current = `  ${arg} ${shellQuote(args[++i])}`;
    } else {
      current += ` ${shellQuote(arg)}`;
    }
  }
  lines.push(current);
  return lines.join(' \\\n');
}
