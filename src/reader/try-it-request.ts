/**
 * Pure helpers behind the Try-it block: turning the editable fields back into a
 * fetch() call, and the response into the text a learner reads (status line,
 * headers, pretty body). Kept apart from the component so they are tested directly.
 */
import { reader } from '@messages/reader';
import { parseHeaderLine } from '../content/try-it';
import type { TryItRequest } from '../content/types';

/** The request as the learner is editing it: every field is plain text. */
export interface TryItDraft {
  method: string;
  url: string;
  /** One `Name: value` per line. */
  headerText: string;
  body: string;
}

/** What came back, read once so it can be shown and re-rendered freely. */
export interface TryItResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  /** Time from sending to the whole body read, in milliseconds. */
  ms: number;
}

/** The editable fields for a request written in a chapter. */
export function toDraft(request: TryItRequest): TryItDraft {
  return { method: request.method, url: request.url, headerText: headersToText(request.headers), body: request.body ?? '' };
}

/** Header pairs as `Name: value` lines. */
export function headersToText(headers: [string, string][]): string {
  return headers.map(([name, value]) => `${name}: ${value}`).join('\n');
}

/** True when the method may carry a body in fetch(). */
export function methodTakesBody(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD';
}

/** Reads the header lines a learner typed; blank lines are skipped, each bad line is a problem naming its number. */
export function parseHeaderText(text: string): { headers: [string, string][]; problems: string[] } {
  const headers: [string, string][] = [];
  const problems: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const header = parseHeaderLine(line);
    if (typeof header === 'string') problems.push(reader.tryIt.headerLineProblem(i + 1, header));
    else headers.push(header);
  });
  return { headers, problems };
}

/** Checks a draft and turns it into fetch() arguments, or returns the problems to show instead of sending. */
export function toFetchArgs(draft: TryItDraft): { url: string; init: RequestInit } | { problems: string[] } {
  const { headers, problems } = parseHeaderText(draft.headerText);
  const url = draft.url.trim();
  if (!url.startsWith('/') || url.startsWith('//')) {
    problems.unshift(reader.tryIt.urlNotSandboxPath(url));
  }
  if (problems.length > 0) return { problems };
  const init: RequestInit = { method: draft.method, headers };
  // fetch() refuses a body on GET/HEAD; the field is hidden for them, so what it holds is not sent.
  if (methodTakesBody(draft.method) && draft.body !== '') init.body = draft.body;
  return { url, init };
}

/** True when the learner changed nothing. */
export function isUnchanged(draft: TryItDraft, request: TryItRequest): boolean {
  const original = toDraft(request);
  return draft.method === original.method && draft.url === original.url && draft.headerText === original.headerText && draft.body === original.body;
}

// fetch() reports an empty statusText for responses built in JavaScript (MSW, Hono), so keep the phrases here.
const reasonPhrases: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found',
  303: 'See Other', 304: 'Not Modified', 307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request',
  401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  409: 'Conflict', 410: 'Gone', 412: 'Precondition Failed', 415: 'Unsupported Media Type', 422: 'Unprocessable Content',
  428: 'Precondition Required', 429: 'Too Many Requests', 500: 'Internal Server Error', 501: 'Not Implemented',
  502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

/** The status line a learner recognises from HTTP: `HTTP 201 Created`. */
export function statusLine(status: number, statusText = ''): string {
  const reason = statusText.trim() || reasonPhrases[status] || '';
  return reason ? `HTTP ${status} ${reason}` : `HTTP ${status}`;
}

/** The class of a status for colouring: success, redirect, client error or server error. */
export function statusClass(status: number): 'ok' | 'redirect' | 'client-error' | 'server-error' {
  if (status >= 500) return 'server-error';
  if (status >= 400) return 'client-error';
  if (status >= 300) return 'redirect';
  return 'ok';
}

/** The body as shown: JSON (any `json` or `+json` media type) indented by two spaces, anything else as is. */
export function formatBody(body: string, contentType: string | null): string {
  const isJson = contentType !== null && /[/+]json\b/i.test(contentType.split(';')[0]);
  if (!isJson || body.trim() === '') return body;
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body; // The server said JSON but sent something else: show it exactly, that is the lesson.
  }
}

/** Looks a header up by name, ignoring case (the first match wins). */
export function headerValue(headers: [string, string][], name: string): string | null {
  const lower = name.toLowerCase();
  return headers.find(([key]) => key.toLowerCase() === lower)?.[1] ?? null;
}

/**
 * The draft that follows a link: GET the link's URL with no body. The other headers stay
 * (an Accept or X-API-Key should travel with the client); Content-Type goes with the body.
 */
export function followDraft(draft: TryItDraft, url: string): TryItDraft {
  const headerText = draft.headerText
    .split('\n')
    .filter((line) => !/^\s*content-type\s*:/i.test(line))
    .join('\n');
  return { method: 'GET', url, headerText, body: '' };
}
