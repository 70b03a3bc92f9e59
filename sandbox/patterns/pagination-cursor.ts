import type { Listing } from '../store/collection';
import { idNumber } from '../store/ids';
import { withQuery } from './links';
import { DEFAULT_LIMIT, type ListFilters, type ListPage, type ListQuery } from './pagination';

/**
 * Cursor pages (Stripe's style). A page is "the `limit` rows after id X" or "the `limit`
 * rows before id Y", so it is defined by ids, not by positions: a row inserted or
 * deleted elsewhere moves no other row into or out of it. `links.next` starts after the
 * page's last id, `links.prev` ends before its first; each is there only when a row lies
 * that way. `has_more` looks in the direction the client is reading.
 */
export function cursorPage<T extends { id: string }>(listing: Listing<T>, query: ListQuery, path: string, filters: ListFilters): ListPage<T> {
  const rows = listing.rows;
  const position = (row: T) => idNumber(row.id)!;
  const forward = query.ending_before === undefined;

  let items: T[];
  if (forward) {
    const after = query.starting_after === undefined ? 0 : idNumber(query.starting_after)!;
    items = rows.filter((row) => position(row) > after).slice(0, query.limit);
  } else {
    const before = idNumber(query.ending_before!)!;
    items = rows.filter((row) => position(row) < before).slice(-query.limit);
  }

  const first = items[0];
  const last = items.at(-1);
  const hasPrev = first !== undefined && rows.some((row) => position(row) < position(first));
  const hasNext = last !== undefined && rows.some((row) => position(row) > position(last));

  // The default limit is left out of links, so they stay short and read like the request.
  const limit = query.limit === DEFAULT_LIMIT ? undefined : query.limit;
  const url = (cursor: { starting_after?: string; ending_before?: string }) => withQuery(path, { ...filters, limit, ...cursor });

  return {
    items,
    links: {
      self: url({ starting_after: query.starting_after, ending_before: query.ending_before }),
      ...(hasPrev && { prev: url({ ending_before: first.id }) }),
      ...(hasNext && { next: url({ starting_after: last.id }) }),
    },
    meta: { count: items.length, has_more: forward ? hasNext : hasPrev },
    headers: {},
  };
}
