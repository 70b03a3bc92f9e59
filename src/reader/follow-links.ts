/**
 * Finds the links in a Try-it response that a learner can follow with one click: the
 * `links` / `_links` members of a JSON body, the RFC 8288 `Link` header, and `Location`.
 * Only links back into the sandbox qualify — a Try-it never sends a request to another host.
 * Pure functions, so the rules are tested without a browser.
 */
import { headerValue } from './try-it-request';

/** One link a Try-it offers as a "Follow <rel>" button. */
export interface FollowLink {
  /** The relation, e.g. `next`, `orders`, `last`; `location` for the Location header. */
  rel: string;
  /** A path on the sandbox with its query, e.g. `/api/v1/books?limit=2&starting_after=bok_2`. */
  url: string;
  /** Where the link was found. */
  source: 'body' | 'link-header' | 'location';
}

/** One link-value of a `Link` header: its target as written, and its relation types. */
export interface LinkValue {
  target: string;
  rels: string[];
}

/**
 * Parses an RFC 8288 `Link` header. Commas and semicolons inside `<…>` and inside quoted
 * strings do not split; relation types are lower-cased (registered ones compare without case);
 * a link-value that cannot be read is skipped rather than guessed at.
 * @example parseLinkHeader('</b?page=2>; rel="next last"') // [{ target: '/b?page=2', rels: ['next', 'last'] }]
 */
export function parseLinkHeader(value: string): LinkValue[] {
  const links: LinkValue[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < value.length && /[ \t]/.test(value[i])) i++;
  };
  // Moves past the rest of a broken link-value, to the next comma outside quotes and brackets.
  const skipToNextValue = () => {
    let quoted = false;
    for (; i < value.length; i++) {
      if (quoted && value[i] === '\\') i++;
      else if (value[i] === '"') quoted = !quoted;
      else if (!quoted && value[i] === ',') break;
    }
    i++;
  };

  while (i < value.length) {
    skipSpace();
    if (value[i] === ',') {
      i++;
      continue;
    }
    if (value[i] !== '<') {
      skipToNextValue();
      continue;
    }
    const close = value.indexOf('>', i);
    if (close === -1) break;
    const target = value.slice(i + 1, close).trim();
    i = close + 1;
    let rels: string[] | null = null;
    let broken = false;
    for (;;) {
      skipSpace();
      if (i >= value.length || value[i] === ',') break;
      if (value[i] !== ';') {
        broken = true;
        break;
      }
      i++;
      skipSpace();
      const name = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/.exec(value.slice(i))?.[0];
      if (!name) {
        broken = true;
        break;
      }
      i += name.length;
      skipSpace();
      let paramValue = '';
      if (value[i] === '=') {
        i++;
        skipSpace();
        const read = readParamValue(value, i);
        if (!read) {
          broken = true;
          break;
        }
        paramValue = read.text;
        i = read.end;
      }
      // RFC 8288 §3.3: a second rel parameter is ignored.
      if (name.toLowerCase() === 'rel' && rels === null) {
        rels = paramValue.split(/[ \t]+/).filter(Boolean).map((rel) => (/^[a-z][a-z0-9.-]*$/i.test(rel) ? rel.toLowerCase() : rel));
      }
    }
    if (broken) {
      skipToNextValue();
      continue;
    }
    if (rels && rels.length > 0) links.push({ target, rels });
  }
  return links;
}

// A token or a quoted-string (with backslash escapes) starting at `start`.
function readParamValue(value: string, start: number): { text: string; end: number } | null {
  if (value[start] === '"') {
    let text = '';
    for (let i = start + 1; i < value.length; i++) {
      if (value[i] === '\\' && i + 1 < value.length) text += value[++i];
      else if (value[i] === '"') return { text, end: i + 1 };
      else text += value[i];
    }
    return null; // No closing quote.
  }
  // Token characters, plus "/" and ":" that servers leave unquoted in extension relation URIs.
  const token = /^[!#$%&'*+\-.^_`|~0-9A-Za-z/:]+/.exec(value.slice(start))?.[0];
  return token ? { text: token, end: start + token.length } : null;
}

/** True for paths the sandbox answers: the API under /api/ and its OpenAPI document. */
export function isSandboxPath(path: string): boolean {
  return path.startsWith('/api/') || path === '/openapi.json';
}

/**
 * Resolves `href` against the request it came from; returns the sandbox path and query,
 * or null when it points at another host, is a URI template, or is not part of the sandbox.
 */
export function toSandboxUrl(href: string, requestUrl: string, origin: string): string | null {
  if (href.includes('{')) return null; // A URI template must be filled in, not followed as is.
  let resolved: URL;
  try {
    resolved = new URL(href, new URL(requestUrl, origin));
  } catch {
    return null;
  }
  if (resolved.origin !== new URL(origin).origin || !isSandboxPath(resolved.pathname)) return null;
  return `${resolved.pathname}${resolved.search}`;
}

/** What followableLinks reads: the request that was sent and what came back. */
export interface SentExchange {
  request: { method: string; url: string };
  response: { headers: [string, string][]; body: string };
}

/**
 * Every link in the response that leads back into the sandbox, body links first, then the
 * Link header, then Location; each (rel, url) once. A GET's link to the very URL just
 * fetched is left out: following it would only repeat the request.
 * @example followableLinks({ request: { method: 'GET', url: '/api/v1/users/usr_1' }, response }, location.origin)
 */
export function followableLinks({ request, response }: SentExchange, origin: string): FollowLink[] {
  const found: FollowLink[] = [];
  const add = (rel: string, href: unknown, source: FollowLink['source']) => {
    if (typeof href !== 'string') return;
    const url = toSandboxUrl(href, request.url, origin);
    if (url === null) return;
    if (request.method === 'GET' && url === toSandboxUrl(request.url, request.url, origin)) return;
    if (found.some((link) => link.rel === rel && link.url === url)) return;
    found.push({ rel, url, source });
  };

  for (const [rel, href] of bodyLinks(response)) add(rel, href, 'body');
  const linkHeader = headerValue(response.headers, 'link');
  if (linkHeader) for (const link of parseLinkHeader(linkHeader)) for (const rel of link.rels) add(rel, link.target, 'link-header');
  add('location', headerValue(response.headers, 'location'), 'location');
  return found;
}

// `links: { next: "/…" }` (this sandbox), `_links: { next: { href: "/…" } }` (HAL), or arrays of either.
function bodyLinks(response: SentExchange['response']): [string, unknown][] {
  const contentType = headerValue(response.headers, 'content-type') ?? '';
  if (!/[/+]json\b/i.test(contentType.split(';')[0]) || response.body.trim() === '') return [];
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    return [];
  }
  if (!isObject(body)) return [];
  const pairs: [string, unknown][] = [];
  for (const member of ['links', '_links']) {
    const links = body[member];
    if (!isObject(links)) continue;
    for (const [rel, value] of Object.entries(links)) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (isObject(item) && item.templated === true) continue;
        pairs.push([rel, isObject(item) ? item.href : item]);
      }
    }
  }
  return pairs;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
