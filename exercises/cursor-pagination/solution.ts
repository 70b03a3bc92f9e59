/**
 * One page of the feed, newest first.
 *
 * The cursor is the sort key of the last post on the page, (createdAt, id), encoded
 * as base64url JSON. A key, not an offset: posts that arrive or go between two
 * requests move offsets around, but "the posts after this key" stays the same list.
 *
 * @example
 * const first = listPage(store, { limit: 10 });
 * const second = listPage(store, { limit: 10, startingAfter: first.next_cursor });
 */
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;

type SortKey = [createdAt: number, id: string];

export function listPage(store: CursorStore, { limit = DEFAULT_LIMIT, startingAfter = null }: CursorPageParams): CursorPage {
  const size = pageSize(limit);
  const after = startingAfter === null ? null : decodeCursor(startingAfter);
  const all = store.items();
  const rest = after === null ? all : all.filter((item) => comesAfter(item, after));
  // Looking one post past the page tells whether another page exists, so has_more
  // is false on a full last page instead of promising an empty one.
  const data = rest.slice(0, size);
  const hasMore = rest.length > size;
  const last = data[data.length - 1];
  return { data, has_more: hasMore, next_cursor: hasMore && last ? encodeCursor([last.createdAt, last.id]) : null };
}

function pageSize(limit: number): number {
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`limit must be a whole number from 1 to ${MAX_LIMIT}; got ${String(limit)}.`);
  }
  return Math.min(limit, MAX_LIMIT);
}

/** True when `item` is listed after the key: older, or as old with a smaller id. */
function comesAfter(item: CursorItem, [createdAt, id]: SortKey): boolean {
  return item.createdAt < createdAt || (item.createdAt === createdAt && item.id < id);
}

function encodeCursor(key: SortKey): string {
  return btoa(JSON.stringify(key)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(cursor: string): SortKey {
  let key: unknown;
  try {
    key = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    key = null;
  }
  if (!Array.isArray(key) || key.length !== 2 || !Number.isFinite(key[0]) || typeof key[1] !== 'string') {
    throw new Error(`startingAfter is not a cursor this API issued; send the next_cursor of the previous page back unchanged.`);
  }
  return key as SortKey;
}
