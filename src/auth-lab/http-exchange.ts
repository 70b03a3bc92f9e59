/**
 * One HTTP exchange with the sandbox, recorded as it went over the wire (method, path,
 * headers, body; status, headers, body) so the lab can show it exactly, and formatted as
 * HTTP/1.1 text. The sending half needs the browser; the formatting half is pure.
 */
import { sandboxReady } from '../app/sandbox-ready';

export interface RecordedRequest {
  method: string;
  /** Path and query, as it appears on the request line. */
  path: string;
  headers: [string, string][];
  body: string | null;
}

export interface RecordedResponse {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
  /** The parsed body when it was JSON, else null. */
  json: unknown;
  /** When the browser followed a redirect: the path and query it ended at. */
  redirectedTo: string | null;
}

export interface Exchange {
  request: RecordedRequest;
  response: RecordedResponse;
}

/** Sends a request to the in-tab sandbox and records both halves; never throws for an HTTP error status. */
export async function sendRecorded(method: string, path: string, headers: Record<string, string> = {}, body: string | null = null): Promise<Exchange> {
  await sandboxReady();
  const response = await fetch(path, { method, headers, body, redirect: 'follow' });
  const text = await response.text();
  let json: unknown = null;
  if (text !== '' && /json/i.test(response.headers.get('content-type') ?? '')) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  // A redirect answered by the service worker is followed without setting response.redirected
  // (checked in Chromium), so a redirect shows as a final URL other than the one asked for.
  const asked = new URL(path, location.href);
  const final = response.url && response.url !== asked.href ? new URL(response.url) : null;
  return {
    request: { method, path, headers: Object.entries(headers), body },
    response: {
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
      body: text,
      json,
      redirectedTo: final ? `${final.pathname}${final.search}` : null,
    },
  };
}

/** The request as HTTP/1.1 text: request line, headers, blank line, body. */
export function formatRequest(request: RecordedRequest): string {
  const lines = [`${request.method} ${request.path} HTTP/1.1`, ...request.headers.map(([name, value]) => `${name}: ${value}`)];
  return request.body ? `${lines.join('\n')}\n\n${request.body}` : lines.join('\n');
}

/** Headers worth reading in a lab; transport noise (content-length, date) is left out. */
const SHOWN_HEADERS = /^(content-type|cache-control|location|www-authenticate|pragma|x-request-id)$/i;

/** The response as HTTP/1.1 text, JSON bodies pretty-printed. A followed redirect is shown as the 302 it was. */
export function formatResponse(response: RecordedResponse): string {
  if (response.redirectedTo) return `HTTP/1.1 302 Found\nLocation: ${response.redirectedTo}`;
  const lines = [
    `HTTP/1.1 ${response.status} ${response.statusText || reasonPhrase(response.status)}`.trimEnd(),
    ...response.headers.filter(([name]) => SHOWN_HEADERS.test(name)).map(([name, value]) => `${titleCase(name)}: ${value}`),
  ];
  const body = response.json !== null ? JSON.stringify(response.json, null, 2) : response.body;
  return body ? `${lines.join('\n')}\n\n${body}` : lines.join('\n');
}

function titleCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());
}

const REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content', 302: 'Found', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests' };

function reasonPhrase(status: number): string {
  return REASONS[status] ?? '';
}
