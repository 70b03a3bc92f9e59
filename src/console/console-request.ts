/**
 * The console's request as the learner edits it (method, URL, header rows, body), and
 * the checks that turn it into fetch() arguments or into problems that say what to fix.
 * Pure, so the rules are tested without a browser; the header-name rules are the Try-it
 * blocks' own (src/content/try-it.ts), so both places accept and refuse the same headers.
 */
import { consoleText } from '@messages/console';
import { parseHeaderLine, tryItMethods } from '../content/try-it';
import type { CurlRequest } from './curl';

/** Methods the console offers: the ones fetch() and the sandbox both understand. */
export const consoleMethods = tryItMethods;
export type ConsoleMethod = (typeof consoleMethods)[number];

/** One editable header row; a row switched off stays in the form but is not sent. */
export interface HeaderRow {
  name: string;
  value: string;
  enabled: boolean;
}

/** Everything the form holds. */
export interface ConsoleDraft {
  method: ConsoleMethod;
  url: string;
  headers: HeaderRow[];
  body: string;
}

/** What the console opens with: a list of users, asked for as JSON. */
export function defaultDraft(): ConsoleDraft {
  return { method: 'GET', url: '/api/v1/users?limit=2', headers: [{ name: 'Accept', value: 'application/json', enabled: true }], body: '' };
}

/** True when the method may carry a body in fetch(). */
export function takesBody(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/** True for a known method name, so restored or linked drafts cannot smuggle in another. */
export function isConsoleMethod(method: string): method is ConsoleMethod {
  return (consoleMethods as readonly string[]).includes(method);
}

const text = consoleText.problems;
// Latin-1 without control characters other than tab: what a Headers object accepts as a value.
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** The rows that will be sent, as pairs, or the problems with them (each names its row). */
export function checkHeaders(rows: HeaderRow[]): { headers: [string, string][]; problems: string[] } {
  const headers: [string, string][] = [];
  const problems: string[] = [];
  rows.forEach((row, i) => {
    const number = i + 1;
    const name = row.name.trim();
    if (!row.enabled || (name === '' && row.value.trim() === '')) return;
    if (name === '') return void problems.push(text.headerNameMissing(number));
    if (/[\r\n]/.test(row.value)) return void problems.push(text.headerLineBreak(number, name));
    if (!HEADER_VALUE.test(row.value)) return void problems.push(text.headerNotLatin1(number, name));
    const parsed = parseHeaderLine(`${name}: ${row.value}`);
    if (typeof parsed === 'string') return void problems.push(text.header(number, parsed));
    headers.push(parsed);
  });
  return { headers, problems };
}

/** Why `url` is not a sandbox path, or null when it is one. */
export function urlProblem(url: string): string | null {
  if (!url.startsWith('/') || url.startsWith('//')) return text.urlNotPath(url);
  if (/\s/.test(url)) return text.urlSpaces;
  return null;
}

/** The request to send, or the problems to show instead of sending. */
export function toRequest(draft: ConsoleDraft): { request: CurlRequest } | { problems: string[] } {
  const url = draft.url.trim();
  const { headers, problems } = checkHeaders(draft.headers);
  const bad = urlProblem(url);
  if (bad) problems.unshift(bad);
  if (problems.length > 0) return { problems };
  const body = takesBody(draft.method) && draft.body !== '' ? draft.body : null;
  return { request: { method: draft.method, url, headers, body } };
}

/** fetch() arguments for a checked request. */
export function toFetchInit(request: CurlRequest): RequestInit {
  return { method: request.method, headers: request.headers, ...(request.body !== null ? { body: request.body } : {}) };
}

/** True when the body should be JSON: a JSON media type is set, or it starts like a JSON object or array. */
export function expectsJson(draft: ConsoleDraft): boolean {
  const type = draft.headers.find((row) => row.enabled && row.name.trim().toLowerCase() === 'content-type')?.value ?? '';
  if (type !== '') return /[/+]json\b/i.test(type.split(';')[0]);
  return /^\s*[[{]/.test(draft.body);
}

function parseError(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

// True when `prefix` is JSON so far: valid, or wrong only because it stops early.
function fineSoFar(prefix: string): boolean {
  const message = parseError(prefix);
  if (message === null || /end of JSON input/i.test(message)) return true;
  const position = /at position (\d+)/.exec(message);
  return position !== null && Number(position[1]) >= prefix.length;
}

/**
 * Checks a JSON body: null when it parses, else a sentence naming line and column.
 * Engines word parse errors differently and some give no position ("Unexpected token
 * 'o', … is not valid JSON"), so the position is found by searching for the shortest
 * prefix that is already wrong: its last character is where the JSON breaks.
 */
export function jsonProblem(body: string): string | null {
  const message = parseError(body);
  if (message === null) return null;
  const detail = message.replace(/,\s*(\.\.\.)?".*$/s, '').replace(/\s*in JSON at position \d+.*$/s, '');
  let low = 1;
  let high = body.length;
  if (fineSoFar(body)) return text.jsonInvalidNoPosition(detail); // it only ends too early
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fineSoFar(body.slice(0, middle))) low = middle + 1;
    else high = middle;
  }
  const lines = body.slice(0, low - 1).split('\n');
  return text.jsonInvalid(detail, lines.length, lines[lines.length - 1].length + 1);
}

/**
 * The draft that follows a link: GET its URL with no body. The other headers travel on
 * (an Accept or an Authorization belongs to the client); Content-Type goes with the body.
 */
export function followLinkDraft(draft: ConsoleDraft, url: string): ConsoleDraft {
  return { method: 'GET', url, headers: draft.headers.filter((row) => row.name.trim().toLowerCase() !== 'content-type'), body: '' };
}

function rowsOf(headerText: string): HeaderRow[] {
  return headerText
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      // A line without a colon becomes a nameless row; the console's checks then say what to fix.
      return colon < 0 ? { name: '', value: line.trim(), enabled: true } : { name: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim(), enabled: true };
    });
}

/** The draft a console link's query (console-link.ts) asks for, or null when it names no request. */
export function draftFromSearch(search: string): ConsoleDraft | null {
  const query = new URLSearchParams(search);
  const url = query.get('url');
  if (url === null) return null;
  const method = (query.get('method') ?? 'GET').toUpperCase();
  return {
    method: isConsoleMethod(method) ? method : defaultDraft().method,
    url,
    headers: rowsOf(query.get('headers') ?? ''),
    body: query.get('body') ?? '',
  };
}
