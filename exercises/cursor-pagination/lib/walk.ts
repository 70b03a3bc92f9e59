/**
 * Walking a feed the way a client does: first page, then next_cursor after
 * next_cursor until has_more is false, while the scenario changes the feed between
 * fetches. Each page is recorded with what it should have held at that moment: the
 * `limit` posts that follow the last post of the previous page.
 */
import { callPage, type ListPage } from './calls';
import { createFeed, itemsAfter } from './feed';
import type { Scenario } from './scenarios';

export interface WalkedPage {
  number: number;
  params: CursorPageParams;
  page: CursorPage;
  /** Ids of the posts that should be on this page, given the feed when it was fetched. */
  expectedIds: string[];
  expectedHasMore: boolean;
  /** What the scenario changed just before this page was fetched. */
  changedBefore: string | null;
}

export interface Walk {
  scenario: Scenario;
  pages: WalkedPage[];
  /** Posts there from the first fetch to the end: each must appear exactly once. */
  survivors: string[];
  /** Why the walk ended early, if it did. */
  stopped: string | null;
}

// More pages than any scenario needs: a walk that gets here is going round in circles.
const maxPages = 60;

/** Walks the scenario's feed page by page with the learner's listPage. */
export function walk(fn: ListPage, scenario: Scenario): Walk {
  const feed = createFeed(scenario.initial);
  const pages: WalkedPage[] = [];
  let cursor: string | null = null;
  let last: CursorItem | null = null;
  let changedBefore: string | null = null;
  let stopped: string | null = null;
  for (let number = 1; ; number++) {
    if (number > maxPages) {
      stopped = `after ${maxPages} pages has_more was still true, although the feed holds far fewer posts; the cursor never moves past the posts already returned`;
      break;
    }
    const params: CursorPageParams = cursor === null ? { limit: scenario.limit } : { limit: scenario.limit, startingAfter: cursor };
    const rest = itemsAfter(feed, last);
    const page = callPage(fn, feed, params, ` on page ${number}, walking ${scenario.initial.length} posts ${scenario.name}`);
    pages.push({
      number,
      params,
      page,
      expectedIds: rest.slice(0, scenario.limit).map((item) => item.id),
      expectedHasMore: rest.length > scenario.limit,
      changedBefore,
    });
    if (!page.has_more) break;
    if (page.next_cursor === null || page.data.length === 0) {
      stopped = `page ${number} said has_more: true but gave ${page.data.length === 0 ? 'no posts' : 'next_cursor: null'}, so a client cannot go on`;
      break;
    }
    cursor = page.next_cursor;
    last = page.data[page.data.length - 1]!;
    changedBefore = scenario.between?.(feed, number, page.data) ?? null;
  }
  const survivors = scenario.initial.map((item) => item.id).filter((id) => feed.has(id));
  return { scenario, pages, survivors, stopped };
}
