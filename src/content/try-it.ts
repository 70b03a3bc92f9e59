/**
 * Reads a Try-it block: a fenced block with the info string `http try-it` (optionally
 * `title="..."`) holding an HTTP request message — request line, header lines, a blank
 * line, then the body. Pure functions, shared by the build (strict, fails with a line
 * number) and the reader (which re-reads the header lines a learner edits).
 */
import { ContentError } from './content-error.ts';
import type { TryItRequest } from './types.ts';

/** Methods a Try-it block may use: what the sandbox and fetch() both understand. */
export const tryItMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

// fetch() silently drops or refuses these, so a block that sets them would lie to the reader.
const forbiddenHeaders = new Set(['host', 'content-length', 'connection', 'cookie', 'origin', 'referer', 'transfer-encoding']);
const tokenChars = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** True when the info string marks a Try-it block (`http try-it ...`). */
export function isTryItInfo(info: string): boolean {
  const words = info.trim().split(/\s+/);
  return words[0] === 'http' && words[1] === 'try-it';
}

/** Reads the attributes after `http try-it`; only `title="..."` is allowed. */
export function parseTryItInfo(info: string): { title?: string } | string {
  const rest = info.trim().replace(/^http\s+try-it/, '').trim();
  const attributes: { title?: string } = {};
  const pattern = /([a-z-]+)="([^"]*)"\s*/y;
  let consumed = 0;
  let match: RegExpExecArray | null;
  // A failed sticky exec resets lastIndex, so keep our own count of what was read.
  while ((match = pattern.exec(rest))) {
    consumed = pattern.lastIndex;
    if (match[1] !== 'title') return `unknown attribute "${match[1]}" after "try-it"; the only one is title="...".`;
    if (match[2].trim() === '') return 'the title="..." attribute is empty; write a short title or leave the attribute out.';
    attributes.title = match[2].trim();
  }
  if (consumed !== rest.length) {
    return `cannot read "${rest.slice(consumed)}" after "try-it"; write title="Your title" (double quotes) or nothing.`;
  }
  return attributes;
}

/** Parses one `Name: value` line; returns the pair, or a sentence saying what is wrong. */
export function parseHeaderLine(line: string): [string, string] | string {
  const colon = line.indexOf(':');
  if (colon <= 0) return `"${line.trim()}" is not a header line; write it as "Name: value".`;
  const name = line.slice(0, colon).trim();
  if (!tokenChars.test(name)) return `"${name}" is not a valid header name; use letters, digits and dashes, e.g. "Content-Type".`;
  if (forbiddenHeaders.has(name.toLowerCase())) return `the browser sets "${name}" itself and fetch() cannot send it; remove that line.`;
  return [name, line.slice(colon + 1).trim()];
}

/** Reads the request line `METHOD /path[?query] [HTTP/1.1]`; returns method and url, or what is wrong. */
export function parseRequestLine(line: string): { method: string; url: string } | string {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 2 || parts.length > 3 || (parts.length === 3 && !/^HTTP\/\d(\.\d)?$/.test(parts[2]))) {
    return `"${line.trim()}" is not a request line; write the method and the path, e.g. "GET /api/v1/users".`;
  }
  const [method, url] = parts;
  if (!(tryItMethods as readonly string[]).includes(method)) {
    return `"${method}" is not a method a Try-it block can send; use one of ${tryItMethods.join(', ')} (upper case).`;
  }
  if (!url.startsWith('/') || url.startsWith('//')) {
    return `"${url}" must be a path on the sandbox starting with "/", e.g. /api/v1/users; requests never go to other hosts.`;
  }
  return { method, url };
}

/**
 * Parses a Try-it block. `line` is the 1-based line of the opening fence in `file`,
 * so every error points at the exact line to fix.
 */
export function parseTryIt(info: string, text: string, where: { file: string; line: number }): TryItRequest {
  const fail = (offset: number, detail: string): never => {
    throw new ContentError(where.file, where.line + offset, `Try-it block: ${detail}`);
  };
  const attributes = parseTryItInfo(info);
  if (typeof attributes === 'string') fail(0, attributes);
  const { title } = attributes as { title?: string };

  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if ((lines[0] ?? '').trim() === '') fail(1, 'the first line must be the request line, e.g. "GET /api/v1/users".');
  const requestLine = parseRequestLine(lines[0]);
  if (typeof requestLine === 'string') return fail(1, requestLine);

  const headers: [string, string][] = [];
  let i = 1;
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const header = parseHeaderLine(lines[i]);
    if (typeof header === 'string') fail(i + 1, `${header} (Headers end at the first blank line; the body follows it.)`);
    headers.push(header as [string, string]);
  }
  const bodyText = lines.slice(i + 1).join('\n').replace(/\s+$/, '');
  const body = bodyText === '' ? null : bodyText;
  if (body !== null && (requestLine.method === 'GET' || requestLine.method === 'HEAD')) {
    fail(i + 2, `a ${requestLine.method} request cannot carry a body in fetch(); remove the body or use POST, PUT or PATCH.`);
  }
  return { method: requestLine.method, url: requestLine.url, headers, body, ...(title ? { title } : {}) };
}
