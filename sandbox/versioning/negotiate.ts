import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../patterns/errors';
import { DEFAULT_VERSION, isSupportedVersion, SUPPORTED_VERSIONS, type ApiVersion } from './versions';

/**
 * Version negotiation: a client may name the version it wants in four places, and the
 * sandbox reads them all, so the strategies can be compared on the same resource:
 *
 * - the path: `/api/v2/users` (the version is part of the URL, so caches and logs see it);
 * - a header: `API-Version: 2` (one URL per resource; the header picks the representation);
 * - the media type: `Accept: application/vnd.workbench+json;version=2` (GitHub's style);
 * - the query: `/api/users?version=2` (easy to try in a browser's address bar).
 *
 * Two places naming different versions is a 400 `version_conflict`: guessing which one
 * the client meant would hide a bug in the client. A version the API does not have is a
 * 400 `unsupported_version` listing those it has. No version at all gets DEFAULT_VERSION.
 * Every answer says which version it is (`API-Version`) and, because header and media-type
 * strategies change what one URL returns, `Vary: API-Version, Accept` tells caches to key on them.
 */

export const VENDOR_MEDIA_TYPE = 'application/vnd.workbench+json';
export const VARY = 'API-Version, Accept';

export type VersionSource = 'path' | 'API-Version header' | 'Accept header' | 'version query parameter' | 'default';

/** Which version a request gets, and where it came from. */
export interface Negotiated {
  version: ApiVersion;
  source: VersionSource;
}

interface Claim {
  source: Exclude<VersionSource, 'default'>;
  /** The text as sent, for messages. */
  raw: string;
}

/** `/api/v2/users` → "2"; undefined when the path names no version. */
export function pathVersion(path: string): string | undefined {
  return /^\/api\/v(\d+)\//.exec(path)?.[1];
}

/**
 * The version of `application/vnd.workbench+json;version=N` in an Accept header, preferring the
 * media range with the highest q; undefined when no vendor media range names a version.
 */
export function acceptVersion(accept: string | null): string | undefined {
  if (!accept) return undefined;
  const ranges = accept.split(',').flatMap((range) => {
    const [type, ...params] = range.split(';').map((part) => part.trim());
    if (type?.toLowerCase() !== VENDOR_MEDIA_TYPE) return [];
    const param = (name: string) => params.find((p) => p.toLowerCase().startsWith(`${name}=`))?.slice(name.length + 1).replace(/^"|"$/g, '');
    const version = param('version');
    return version === undefined ? [] : [{ version, q: Number(param('q') ?? '1') }];
  });
  return ranges.sort((a, b) => b.q - a.q)[0]?.version;
}

function claims(request: Request): Claim[] {
  const url = new URL(request.url);
  const found: Claim[] = [];
  const path = pathVersion(url.pathname);
  if (path !== undefined) found.push({ source: 'path', raw: path });
  const header = request.headers.get('API-Version');
  if (header !== null) found.push({ source: 'API-Version header', raw: header.trim() });
  const accept = acceptVersion(request.headers.get('Accept'));
  if (accept !== undefined) found.push({ source: 'Accept header', raw: accept });
  const query = url.searchParams.get('version');
  if (query !== null) found.push({ source: 'version query parameter', raw: query.trim() });
  return found;
}

const supportedList = SUPPORTED_VERSIONS.join(', ');

/**
 * The version `request` asks for, by any of the four strategies.
 * @throws ApiError `unsupported_version` or `version_conflict` (400), with Vary set.
 */
export function negotiateVersion(request: Request): Negotiated {
  const found = claims(request);
  for (const claim of found) {
    const number = /^\d{1,3}$/.test(claim.raw) ? Number(claim.raw) : NaN;
    if (!isSupportedVersion(number)) {
      throw new ApiError(
        'unsupported_version',
        `The ${claim.source} asks for version ${JSON.stringify(claim.raw)}, which this API does not have. Supported versions: ${supportedList}; send one of them as a plain number, e.g. API-Version: ${DEFAULT_VERSION}.`,
        { param: claim.source, headers: { Vary: VARY } },
      );
    }
  }
  const [first, ...rest] = found;
  const other = rest.find((claim) => Number(claim.raw) !== Number(first!.raw));
  if (first && other) {
    throw new ApiError(
      'version_conflict',
      `The ${first.source} asks for version ${first.raw} but the ${other.source} asks for version ${other.raw}. Name the version in one place, or the same version everywhere.`,
      { param: other.source, headers: { Vary: VARY } },
    );
  }
  return first ? { version: Number(first.raw) as ApiVersion, source: first.source } : { version: DEFAULT_VERSION, source: 'default' };
}

/**
 * Middleware for versioned routes: refuses conflicting or unknown versions before the
 * handler runs, and labels every answer (errors too) with its version and Vary.
 */
export function versionNegotiation(): MiddlewareHandler {
  return async (c, next) => {
    const { version } = negotiateVersion(c.req.raw);
    await next();
    c.res.headers.set('API-Version', String(version));
    c.res.headers.set('Vary', mergeVary(c.res.headers.get('Vary'), VARY));
  };
}

/** Adds the header names of `more` to a Vary value, each once (compared without regard to case). */
export function mergeVary(existing: string | null, more: string): string {
  const names = [...(existing ?? '').split(','), ...more.split(',')].map((name) => name.trim()).filter(Boolean);
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase())).join(', ');
}
