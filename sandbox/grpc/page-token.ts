import { idPattern } from '../store/ids';
import { invalidArgument } from './errors';

/**
 * Page tokens (AIP-158): the server hands out `next_page_token`, the client sends it
 * back unchanged as `page_token`. Clients must not build or parse tokens, so the
 * server stays free to change what is inside. Here the token wraps the id of the last
 * user on the page, in base64url, so a curious learner can decode it and see; a
 * production server would also sign or encrypt it so clients cannot forge one.
 */

const VERSION = 'v1';
const USER_ID = idPattern('usr');

/** The token for "the page after `lastId`". */
export function encodePageToken(lastId: string): string {
  return btoa(`${VERSION}:${lastId}`).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The id a page token points after; '' gives undefined (first page). Throws INVALID_ARGUMENT for a token this server never issued. */
export function decodePageToken(token: string): string | undefined {
  if (token === '') return undefined;
  const [version, id] = decodeBase64Url(token)?.split(':') ?? [];
  if (version === VERSION && id !== undefined && USER_ID.test(id)) return id;
  throw invalidArgument([
    {
      field: 'page_token',
      reason: 'INVALID_PAGE_TOKEN',
      description: 'page_token is not a token this server issued. Send next_page_token from the previous response unchanged, or leave page_token empty for the first page.',
    },
  ]);
}

function decodeBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    return atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return undefined;
  }
}
