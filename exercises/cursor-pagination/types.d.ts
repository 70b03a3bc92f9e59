// Types the editor knows about while you solve "cursor-pagination". They are global:
// use them in your code without importing anything.

/** One post of the feed. `id` is unique; several posts may share a `createdAt`. */
interface CursorItem {
  id: string;
  /** Milliseconds since 1970, when the post was created. */
  createdAt: number;
  title: string;
}

/** The feed the checks hand you. It changes between your calls: posts arrive and go. */
interface CursorStore {
  /**
   * A fresh array of the posts there are right now, in listing order: newest first
   * (larger createdAt first) and, among posts with the same createdAt, the larger id
   * first (ids compared as strings, `a > b`).
   */
  items(): CursorItem[];
}

/** What a client asks for: how many posts, and after which cursor. */
interface CursorPageParams {
  /** Posts per page: omitted means 20, above 100 means 100, anything else below 1 or not whole is refused. */
  limit?: number;
  /** The next_cursor of the page the client already has; omitted or null for the first page. */
  startingAfter?: string | null;
}

/** One page of the feed, as the API sends it. */
interface CursorPage {
  data: CursorItem[];
  /** True when posts come after the last one in data; false on the last page. */
  has_more: boolean;
  /** What the client sends back as startingAfter for the next page; null on the last page. */
  next_cursor: string | null;
}
