import { z } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Listing } from '../store/collection';
import { idNumber, idPattern } from '../store/ids';
import { ApiError } from './errors';
import { cursorPage } from './pagination-cursor';
import { numberedPage } from './pagination-numbered';

/**
 * Pagination, in the two styles big APIs use; every list accepts both.
 *
 * - Cursors (the default, as Stripe): `limit` and `starting_after=<id>` (the last id you
 *   have) or `ending_before=<id>` (the first id you have). Ids carry an ever-growing
 *   counter, so "after usr_2" still means something when usr_2 has been deleted: no page
 *   skips or repeats a row, whatever is inserted or deleted in between.
 * - Page numbers (as GitHub): `page` and `per_page`, with an RFC 8288 `Link` header.
 *   Plain page numbers drift when rows are deleted (every later row moves up a place);
 *   the links pin a `snapshot` of the list, so following them does not drift either.
 *
 * The styles don't mix: a request with parameters of both is a 400.
 */

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
export const DEFAULT_PER_PAGE = 30;

const CURSOR_PARAMS = ['limit', 'starting_after', 'ending_before'] as const;
const PAGE_PARAMS = ['page', 'per_page', 'snapshot'] as const;

/**
 * The query parameters of a list of `prefix`-ids (e.g. `usr` for users), both styles.
 * Only `limit` has an example: API consoles (Scalar's "Test request") pre-fill every example,
 * and examples for both styles at once would make the first try a 400 conflicting_parameters.
 */
export function listQuerySchema(prefix: string, noun: string) {
  const cursor = (name: string, description: string) =>
    z
      .string()
      .regex(idPattern(prefix), { error: `${name} must be a ${noun} id such as ${prefix}_1, taken from the page you already have.` })
      .optional()
      .openapi({ description });
  return z.object({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_LIMIT)
      .default(DEFAULT_LIMIT)
      .openapi({ description: `Cursor style: how many ${noun}s to return, from 1 to ${MAX_LIMIT}.`, example: 10 }),
    starting_after: cursor('starting_after', `Cursor style: the ${noun}s after this id (the last id of the page you have).`),
    ending_before: cursor('ending_before', `Cursor style: the ${noun}s before this id (the first id of the page you have).`),
    page: z.coerce
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'Page style: which page, from 1 (the default). A page past the last one is empty.' }),
    per_page: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_LIMIT)
      .optional()
      .openapi({ description: `Page style: how many ${noun}s per page, from 1 to ${MAX_LIMIT} (${DEFAULT_PER_PAGE} when left out).` }),
    snapshot: z.coerce
      .number()
      .int()
      .min(0)
      .optional()
      .openapi({ description: 'Page style: the version of the list the page numbers count over. Copy it from the Link header; leave it out on the first request.' }),
  });
}

export type ListQuery = z.infer<ReturnType<typeof listQuerySchema>>;

/** Middleware for list operations: refuses a request that mixes the two styles, before anything else is checked. */
export function onePaginationStyle(): MiddlewareHandler {
  return async (c, next) => {
    const sent = (names: readonly string[]) => names.filter((name) => c.req.query(name) !== undefined);
    const cursors = sent(CURSOR_PARAMS);
    const pages = sent(PAGE_PARAMS);
    if (cursors.includes('starting_after') && cursors.includes('ending_before')) {
      throw new ApiError(
        'conflicting_parameters',
        'starting_after and ending_before cannot be used together. Send starting_after=<last id> to read forward, or ending_before=<first id> to read back.',
        { param: 'ending_before' },
      );
    }
    if (cursors.length > 0 && pages.length > 0) {
      throw new ApiError(
        'conflicting_parameters',
        `${pages.join(' and ')} (page numbers) cannot be combined with ${cursors.join(' and ')} (cursors). ` +
          'Use page and per_page, or limit with starting_after or ending_before, not both.',
        { param: pages[0] },
      );
    }
    await next();
  };
}

/** `links` of a list body: where this page is and where its neighbours are. */
export interface ListLinks {
  self: string;
  first?: string;
  prev?: string;
  next?: string;
  last?: string;
}

/** `meta` of a list body; page, per_page and total only in the page style. */
export interface ListMeta {
  count: number;
  has_more: boolean;
  page?: number;
  per_page?: number;
  total?: number;
}

/** One page of a list, ready to send: the rows, the body's links and meta, and headers (Link). */
export interface ListPage<T> {
  items: T[];
  links: ListLinks;
  meta: ListMeta;
  headers: Record<string, string>;
}

/** Query parameters a list keeps in its links (search terms, filters); undefined ones are left out. */
export type ListFilters = Record<string, string | number | undefined>;

/**
 * Cuts the page the client asked for out of `listing`, in whichever style it asked.
 * @example listPage(store.users.listing(), c.req.valid('query'), '/api/v1/users')
 */
export function listPage<T extends { id: string }>(listing: Listing<T>, query: ListQuery, path: string, filters: ListFilters = {}): ListPage<T> {
  const pageStyle = query.page !== undefined || query.per_page !== undefined || query.snapshot !== undefined;
  return pageStyle ? numberedPage(listing, query, path, filters) : cursorPage(listing, query, path, filters);
}

/** The forward-cursor core, for callers that build their own envelope (the gRPC service). */
export interface PageQuery {
  limit: number;
  starting_after?: string;
}

export interface Page<T> {
  items: T[];
  hasMore: boolean;
}

/** Cuts one page out of rows that are in id order: the `limit` rows after `starting_after`. */
export function paginate<T extends { id: string }>(rows: readonly T[], query: PageQuery): Page<T> {
  const after = query.starting_after ? (idNumber(query.starting_after) ?? 0) : 0;
  const rest = rows.filter((row) => idNumber(row.id)! > after);
  return { items: rest.slice(0, query.limit), hasMore: rest.length > query.limit };
}
