// Mistake: the cursor is an offset in disguise. Base64 hides the number, but it still
// counts positions, and positions move when posts arrive or are deleted between pages.
const MAX_LIMIT = 100;

export function listPage(store: CursorStore, { limit = 20, startingAfter = null }: CursorPageParams): CursorPage {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  const size = Math.min(limit, MAX_LIMIT);
  const offset = startingAfter === null ? 0 : decodeOffset(startingAfter);
  const all = store.items();
  const data = all.slice(offset, offset + size);
  const hasMore = all.length > offset + size;
  return { data, has_more: hasMore, next_cursor: hasMore ? encodeOffset(offset + size) : null };
}

function encodeOffset(offset: number): string {
  return btoa(JSON.stringify({ offset })).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeOffset(cursor: string): number {
  try {
    const { offset } = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through to the error below
  }
  throw new Error('startingAfter is not a cursor this API issued.');
}
