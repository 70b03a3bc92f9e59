/**
 * One page of the feed, newest first: `limit` posts after the cursor the client sent.
 *
 * @param store   the feed; store.items() lists the posts there are now, in listing order
 * @param params  limit (default 20, at most 100) and startingAfter (a next_cursor you issued)
 * @example
 * const first = listPage(store, { limit: 10 });
 * const second = listPage(store, { limit: 10, startingAfter: first.next_cursor });
 */
export function listPage(store: CursorStore, { limit = 20, startingAfter = null }: CursorPageParams): CursorPage {
  // A first draft: the cursor is the position where the next page starts. It works
  // while the feed holds still; run the checks to see what happens when it does not.
  const offset = startingAfter === null ? 0 : Number(startingAfter);
  const data = store.items().slice(offset, offset + limit);
  return { data, has_more: data.length === limit, next_cursor: String(offset + limit) };
}
