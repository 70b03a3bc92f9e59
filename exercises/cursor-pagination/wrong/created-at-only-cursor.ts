// Mistake: the cursor holds only the last post's createdAt. When several posts share
// a createdAt and a page ends inside the group, "createdAt < cursor" skips the rest.
const MAX_LIMIT = 100;

export function listPage(store: CursorStore, { limit = 20, startingAfter = null }: CursorPageParams): CursorPage {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  const size = Math.min(limit, MAX_LIMIT);
  const after = startingAfter === null ? null : decodeTime(startingAfter);
  const rest = store.items().filter((item) => after === null || item.createdAt < after);
  const data = rest.slice(0, size);
  const hasMore = rest.length > size;
  const last = data[data.length - 1];
  return { data, has_more: hasMore, next_cursor: hasMore && last ? encodeTime(last.createdAt) : null };
}

function encodeTime(createdAt: number): string {
  return btoa(JSON.stringify({ t: createdAt })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeTime(cursor: string): number {
  try {
    const { t } = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (Number.isFinite(t)) return t;
  } catch {
    // fall through to the error below
  }
  throw new Error('startingAfter is not a cursor this API issued.');
}
