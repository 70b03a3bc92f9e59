import type { Context } from 'hono';
import { ApiError } from '../patterns/errors';

/**
 * The OAuth endpoints (token, revoke, introspect) read HTML-form bodies, as RFC 6749 §4.1.3,
 * RFC 7009 and RFC 7662 define them, and answer errors in RFC 6749 §5.2's own shape
 * (`{error, error_description}`) instead of the sandbox's envelope: OAuth client libraries
 * read exactly those fields. A body in the wrong format is a 415 through the one error path.
 */

const FORM = 'application/x-www-form-urlencoded';

/** Headers of every token-endpoint answer: tokens must never sit in a cache (RFC 6749 §5.1). */
export const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' } as const;

export interface FormBody {
  /** Each parameter's value; a parameter sent twice keeps its first value and is named in `repeated`. */
  params: Record<string, string>;
  /** The first parameter sent more than once, which RFC 6749 §3.2 forbids. */
  repeated: string | undefined;
}

/** Reads the request's form body; throws 415 `unsupported_media_type` for any other format. */
export async function readForm(c: Context, endpoint: string): Promise<FormBody> {
  const mediaType = c.req.header('Content-Type')?.split(';')[0]!.trim().toLowerCase() ?? '';
  if (mediaType !== FORM) {
    throw new ApiError(
      'unsupported_media_type',
      `${endpoint} reads an HTML form: send the parameters as Content-Type: ${FORM} (grant_type=...&code=...). ` +
        `Not Content-Type: application/json — the usual mistake: OAuth defines these requests as forms${mediaType ? `, and this one was ${mediaType}` : ', and this one had no Content-Type'}.`,
      { param: 'Content-Type' },
    );
  }
  const params: Record<string, string> = {};
  let repeated: string | undefined;
  for (const [name, value] of new URLSearchParams(await c.req.text())) {
    if (Object.hasOwn(params, name)) repeated ??= name;
    else params[name] = value;
  }
  return { params, repeated };
}

/** The origin the request came to: the issuer of tokens, and the base of their audiences. */
export function requestOrigin(c: Context): string {
  return new URL(c.req.url).origin;
}
