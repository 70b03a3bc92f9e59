/**
 * Content negotiation for GraphQL over HTTP. Three answers are possible:
 * - `application/graphql-response+json`, the spec's own type: its status codes mean
 *   something (400 for a document that cannot run), so a client can trust them;
 * - `application/json`, the legacy type: status 200 for anything GraphQL could read,
 *   because old clients and proxies treat a 4xx body as an HTTP failure;
 * - `text/event-stream`, for results streamed as server-sent events (subscriptions).
 * A client that sends no Accept header, or only wildcards, gets application/json, as the
 * spec advises for clients that predate the new type.
 */

export const GRAPHQL_RESPONSE = 'application/graphql-response+json';
export const JSON_TYPE = 'application/json';
export const EVENT_STREAM = 'text/event-stream';

export type ResponseType = typeof GRAPHQL_RESPONSE | typeof JSON_TYPE | typeof EVENT_STREAM;

interface Range {
  type: string;
  q: number;
}

function parseAccept(header: string): Range[] {
  return header
    .split(',')
    .map((part) => {
      const [type = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
      const qParam = params.find((param) => param.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { type, q: Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0 };
    })
    .filter((range) => range.type !== '');
}

/** The response type to use for this Accept header, or null when none is acceptable (→ 406). */
export function negotiate(accept: string | null): ResponseType | null {
  if (accept === null || accept.trim() === '') return JSON_TYPE;
  const ranges = parseAccept(accept);
  // The most specific range that matches decides a type's quality (RFC 9110, section 12.5.1).
  const quality = (type: string, wildcards: string[]) => {
    const exact = ranges.find((range) => range.type === type);
    if (exact) return exact.q;
    const wildcard = ranges.filter((range) => wildcards.includes(range.type)).sort((a, b) => wildcards.indexOf(a.type) - wildcards.indexOf(b.type))[0];
    return wildcard?.q ?? 0;
  };
  // In order of preference when qualities tie. Only the JSON type answers wildcards.
  const candidates: [ResponseType, number][] = [
    [GRAPHQL_RESPONSE, quality(GRAPHQL_RESPONSE, [])],
    [JSON_TYPE, quality(JSON_TYPE, ['application/*', '*/*'])],
    [EVENT_STREAM, quality(EVENT_STREAM, [])],
  ];
  const best = candidates.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : null;
}

/** The media type of a Content-Type header, lower-cased, without parameters. */
export function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}
