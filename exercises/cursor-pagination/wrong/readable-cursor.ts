// Mistake: the cursor is plain JSON. It pages correctly, but clients can read and
// build it, and its quotes and braces change when it is put in a query string.
const MAX_LIMIT = 100;

export function listPage(store: CursorStore, { limit = 20, startingAfter = null }: CursorPageParams): CursorPage {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  const size = Math.min(limit, MAX_LIMIT);
  const after = startingAfter === null ? null : readCursor(startingAfter);
  const rest = store.items().filter((item) => after === null || item.createdAt < after.createdAt || (item.createdAt === after.createdAt && item.id < after.id));
  const data = rest.slice(0, size);
  const hasMore = rest.length > size;
  const last = data[data.length - 1];
  return { data, has_more: hasMore, next_cursor: hasMore && last ? JSON.stringify({ createdAt: last.createdAt, id: last.id }) : null };
}

function readCursor(cursor: string): { createdAt: number; id: string } {
  try {
    const key = JSON.parse(cursor);
    if (typeof key?.createdAt === 'number' && typeof key?.id === 'string') return key;
  } catch {
    // fall through to the error below
  }
  throw new Error(`startingAfter ${cursor} is not a cursor this API issued.`);
}
