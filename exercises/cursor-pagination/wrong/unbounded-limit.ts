// Mistake: the limit is used as given. A client can ask for 10 000 posts in one
// request, and limit 0 or 2.5 produces odd pages instead of a clear 400.
type SortKey = [number, string];

export function listPage(store: CursorStore, { limit = 20, startingAfter = null }: CursorPageParams): CursorPage {
  const after = startingAfter === null ? null : decodeCursor(startingAfter);
  const rest = store.items().filter((item) => after === null || item.createdAt < after[0] || (item.createdAt === after[0] && item.id < after[1]));
  const data = rest.slice(0, limit);
  const hasMore = rest.length > data.length;
  const last = data[data.length - 1];
  return { data, has_more: hasMore, next_cursor: hasMore && last ? encodeCursor([last.createdAt, last.id]) : null };
}

function encodeCursor(key: SortKey): string {
  return btoa(JSON.stringify(key)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(cursor: string): SortKey {
  try {
    const key = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (Array.isArray(key) && typeof key[0] === 'number' && typeof key[1] === 'string') return [key[0], key[1]];
  } catch {
    // fall through to the error below
  }
  throw new Error('startingAfter is not a cursor this API issued.');
}
