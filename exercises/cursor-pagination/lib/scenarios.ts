/**
 * The walks the grader makes through a feed: its posts, the page size, and what
 * changes between two page fetches. Each scenario carries the advice for the mistake
 * that usually breaks it, so a failure explains its own cause.
 */
import { post, posts, type Feed } from './feed';

export interface Scenario {
  /** Completes "Walking N posts with limit L, …": `while new posts arrive at the top`. */
  name: string;
  initial: CursorItem[];
  limit: number;
  /** Why this scenario usually fails, and what to do instead. */
  advice: string;
  /** Changes the feed after page `pageNumber` (1-based), which returned `data`; says what it did. */
  between?: (feed: Feed, pageNumber: number, data: CursorItem[]) => string | null;
}

const keyAdvice =
  "Put the last post's sort key (its createdAt and id) in next_cursor, and return the posts that come after that key in listing order.";

export const unchanging: Scenario = {
  name: 'in a feed that does not change',
  initial: posts(23),
  limit: 5,
  advice: `Return the \`limit\` posts that follow the cursor, in the store's order. ${keyAdvice}`,
};

export const fullLastPage: Scenario = {
  name: 'that fill exactly four pages',
  initial: posts(20),
  limit: 5,
  advice: 'Fetch one post more than the limit: if it exists there is a next page (has_more: true); return only `limit` of them.',
};

export const singlePost: Scenario = { name: 'in a feed of one post', initial: posts(1), limit: 5, advice: fullLastPage.advice };

export const emptyFeed: Scenario = {
  name: 'in an empty feed',
  initial: [],
  limit: 5,
  advice: 'An empty feed has one page: data: [], has_more: false, next_cursor: null.',
};

// Posts 1-14, four to a minute: several pages end in the middle of a group of equal createdAt.
export const sameMillisecond: Scenario = {
  name: 'where groups of 4 posts share a createdAt',
  initial: Array.from({ length: 14 }, (_, i) => post(i + 1, Math.ceil((i + 1) / 4))),
  limit: 3,
  advice:
    'Several posts share a createdAt, so a createdAt alone cannot say where a page ended: comparing with < skips the rest ' +
    'of the group, <= repeats it. Put both createdAt and id in the cursor and compare the ids when the times are equal.',
};

export const newArrivals: Scenario = {
  name: 'while new posts arrive at the top between pages',
  initial: posts(20),
  limit: 5,
  advice: `An offset counts positions, and every new post at the top pushes the others down, so the next page starts too early. ${keyAdvice}`,
  between: (feed, pageNumber) => {
    if (pageNumber > 3) return null;
    const n = 100 + pageNumber * 3;
    feed.insert(post(n, n));
    feed.insert(post(n + 1, n + 1));
    // An older post imported late: it lands below the cursor and must show up once.
    feed.insert(post(n + 2, -n));
    return 'After this page, 2 new posts arrived at the top and 1 older post was imported at the bottom.';
  },
};

export const seenDeleted: Scenario = {
  name: 'while posts already seen are deleted between pages',
  initial: posts(20),
  limit: 5,
  advice: `Deleting posts above the cursor moves the rest up, so an offset jumps over posts nobody has seen yet. ${keyAdvice}`,
  between: (feed, pageNumber, data) => {
    if (pageNumber > 2 || data.length < 3) return null;
    for (const item of data.slice(0, 2)) feed.remove(item.id);
    return `After this page, its first 2 posts (${data[0]!.id}, ${data[1]!.id}) were deleted.`;
  },
};

export const cursorPostDeleted: Scenario = {
  name: "while the post each cursor points at is deleted",
  initial: posts(20),
  limit: 5,
  advice:
    "Once the cursor's own post is deleted, looking it up by id finds nothing. Keep its sort key (createdAt and id) in " +
    'the cursor instead: "the posts after this key" still means something when the post is gone.',
  between: (feed, pageNumber, data) => {
    const last = data[data.length - 1];
    if (!last) return null;
    feed.remove(last.id);
    return `After this page, its last post (${last.id}) was deleted.`;
  },
};

/** Posts for the limit checks: more than the default and more than the maximum page. */
export const manyPosts = posts(150);
