// Mistake: the cursor is the last post's id, and the next page starts after wherever
// that post is now. Once the post is deleted there is nothing to find, and the walk
// starts over from the top.
const MAX_LIMIT = 100;

export function listPage(store: CursorStore, { limit = 20, startingAfter = null }: CursorPageParams): CursorPage {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  const size = Math.min(limit, MAX_LIMIT);
  const all = store.items();
  const start = startingAfter === null ? 0 : all.findIndex((item) => item.id === decodeId(startingAfter)) + 1;
  const rest = all.slice(start);
  const data = rest.slice(0, size);
  const hasMore = rest.length > size;
  const last = data[data.length - 1];
  return { data, has_more: hasMore, next_cursor: hasMore && last ? encodeId(last.id) : null };
}

function encodeId(id: string): string {
  return btoa(JSON.stringify({ id })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeId(cursor: string): string {
  try {
    const { id } = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (typeof id === 'string') return id;
  } catch {
    // fall through to the error below
  }
  throw new Error('startingAfter is not a cursor this API issued.');
}
