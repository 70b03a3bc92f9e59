/**
 * The feed the grader hands to the learner's listPage: an in-memory list of posts in
 * listing order (newest first, ties broken by id), which the scenarios change between
 * page fetches. The ordering rule lives here once; the checks judge pages with it.
 */

/** A store the learner reads through `items()`, and the grader changes. */
export interface Feed extends CursorStore {
  insert(item: CursorItem): void;
  remove(id: string): void;
  has(id: string): boolean;
}

/** Negative when `a` is listed before `b`: newer first, then the larger id first. */
export function listingOrder(a: CursorItem, b: CursorItem): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  return a.id === b.id ? 0 : a.id > b.id ? -1 : 1;
}

/** The feed's own id for post number `n`. Ids sort in no particular time order, like real ones. */
export function postId(n: number): string {
  // Multiplying by an odd constant modulo 2^32 is a bijection: distinct n, distinct ids.
  return `post_${(Math.imul(n, 0x9e3779b1) >>> 0).toString(36)}`;
}

const start = Date.UTC(2026, 0, 5, 9, 0, 0);

/** Post number `n`, created `minute` minutes after a fixed start (equal minutes give equal createdAt). */
export function post(n: number, minute: number): CursorItem {
  return { id: postId(n), createdAt: start + minute * 60_000, title: `Post number ${n}` };
}

/** Posts 1..count, one a minute, so no two share a createdAt. */
export function posts(count: number, firstNumber = 1): CursorItem[] {
  return Array.from({ length: count }, (_, i) => post(firstNumber + i, firstNumber + i));
}

/** A feed holding copies of `initial`; `items()` returns fresh copies, so the learner cannot change it. */
export function createFeed(initial: CursorItem[]): Feed {
  const rows = new Map(initial.map((item) => [item.id, { ...item }]));
  return {
    items: () => [...rows.values()].sort(listingOrder).map((item) => ({ ...item })),
    insert: (item) => void rows.set(item.id, { ...item }),
    remove: (id) => void rows.delete(id),
    has: (id) => rows.has(id),
  };
}

/** The posts of `feed` listed after `item` (all of them when `item` is null). */
export function itemsAfter(feed: Feed, item: CursorItem | null): CursorItem[] {
  const all = feed.items();
  return item ? all.filter((other) => listingOrder(item, other) < 0) : all;
}
