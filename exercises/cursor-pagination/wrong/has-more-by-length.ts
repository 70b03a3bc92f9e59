// Mistake: has_more is guessed from the page being full. When the posts left fill the
// last page exactly, it says has_more: true and the client asks for an empty page.
const MAX_LIMIT = 100;

type SortKey = [number, string];

export function listPage(store: CursorStore, { limit = 20, startingAfter = null }: CursorPageParams): CursorPage {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  const size = Math.min(limit, MAX_LIMIT);
  const after = startingAfter === null ? null : decodeCursor(startingAfter);
  const rest = store.items().filter((item) => after === null || item.createdAt < after[0] || (item.createdAt === after[0] && item.id < after[1]));
  const data = rest.slice(0, size);
  const hasMore = data.length === size;
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
