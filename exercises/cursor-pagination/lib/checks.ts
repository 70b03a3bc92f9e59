/**
 * What a walk must satisfy, as functions from a walk to a list of problems, one
 * teaching sentence each; an empty list means the rule holds.
 */
import { show } from './calls';
import { listingOrder } from './feed';
import type { Walk, WalkedPage } from './walk';

/** "Walking 20 posts with limit 5 while …" — how every message about a walk begins. */
function lead(walk: Walk): string {
  const { initial, limit, name } = walk.scenario;
  return `Walking ${initial.length} post${initial.length === 1 ? '' : 's'} ${name} (limit ${limit})`;
}

const ids = (page: WalkedPage) => page.page.data.map((item) => item.id);
const few = (list: string[]) => (list.length > 3 ? `${list.slice(0, 3).join(', ')} and ${list.length - 3} more` : list.join(', '));

/** Posts returned twice, naming the pages. */
export function duplicates(walk: Walk): string[] {
  const firstPage = new Map<string, number>();
  for (const page of walk.pages) {
    const repeated: string[] = [];
    let earlier = 0;
    for (const id of ids(page)) {
      const seen = firstPage.get(id);
      if (seen === undefined) firstPage.set(id, page.number);
      else {
        repeated.push(id);
        earlier = seen;
      }
    }
    if (repeated.length) {
      const change = page.changedBefore ? ` ${page.changedBefore.replace('this page', `page ${page.number - 1}`)}` : '';
      return [
        `${lead(walk)}: page ${page.number} repeated ${few(repeated)}, already on page ${earlier}.${change} ${walk.scenario.advice}`,
      ];
    }
  }
  return [];
}

/** Posts in the feed from start to end that no page returned. */
export function gaps(walk: Walk): string[] {
  const returned = new Set(walk.pages.flatMap(ids));
  const missing = walk.survivors.filter((id) => !returned.has(id));
  if (missing.length === 0 || walk.stopped) return [];
  return [
    `${lead(walk)}: ${few(missing)} never appeared on any page, though ${missing.length === 1 ? 'it was' : 'they were'} ` +
      `in the feed from the first page to the last. ${walk.scenario.advice}`,
  ];
}

/** Pages that break listing order, or that hold other posts than the ones following the cursor. */
export function wrongContents(walk: Walk): string[] {
  const all = walk.pages.flatMap((page) => page.page.data.map((item) => ({ item, page: page.number })));
  for (let i = 1; i < all.length; i++) {
    const [before, after] = [all[i - 1]!, all[i]!];
    if (listingOrder(before.item, after.item) >= 0 && before.item.id !== after.item.id) {
      return [
        `${lead(walk)}: page ${after.page} lists ${after.item.id} after ${before.item.id}, against the feed's order ` +
          `(newest first, then the larger id). Return posts in the order store.items() gives them.`,
      ];
    }
  }
  for (const page of walk.pages) {
    const got = ids(page);
    if (show(got) === show(page.expectedIds)) continue;
    const after = page.number === 1 ? 'the start of the feed' : `the last post of page ${page.number - 1}`;
    return [
      `${lead(walk)}: page ${page.number} held ${got.length} post${got.length === 1 ? '' : 's'} [${few(got)}]; expected ` +
        `the ${page.expectedIds.length} that follow ${after}: [${few(page.expectedIds)}]. ${walk.scenario.advice}`,
    ];
  }
  return [];
}

/** The walk ended before the last page. */
export function stoppedEarly(walk: Walk): string[] {
  return walk.stopped ? [`${lead(walk)}: ${walk.stopped}. ${walk.scenario.advice}`] : [];
}

/** Everything that makes a walk return the wrong posts. */
export function contentProblems(walk: Walk): string[] {
  return [...stoppedEarly(walk), ...duplicates(walk), ...gaps(walk), ...wrongContents(walk)];
}

/** Pages whose has_more is not exactly "more posts follow this page". */
export function hasMoreProblems(walk: Walk): string[] {
  const wrong = walk.pages.find((page) => page.page.has_more !== page.expectedHasMore);
  if (!wrong) return [];
  const count = walk.pages.length;
  const why = wrong.expectedHasMore
    ? 'more posts follow it, so has_more must be true'
    : `no post follows it, so it is the last page and has_more must be false (${wrong.page.data.length === walk.scenario.limit ? 'a full page can be the last one' : 'a client would ask for an empty page'})`;
  return [
    `${lead(walk)}: page ${wrong.number} of ${count} said has_more: ${wrong.page.has_more}, but ${why}. ` +
      'Look one post past the page: take limit + 1 posts after the cursor; has_more is whether the extra one exists.',
  ];
}

/** next_cursor present exactly when has_more is true. */
export function nextCursorProblems(walk: Walk): string[] {
  const wrong = walk.pages.find((page) => (page.page.next_cursor === null) === page.page.has_more);
  if (!wrong) return [];
  const { has_more, next_cursor } = wrong.page;
  return [
    `${lead(walk)}: page ${wrong.number} said has_more: ${has_more} with next_cursor: ${show(next_cursor)}. ` +
      'Give a cursor whenever has_more is true, and null on the last page, so clients can loop "while (next_cursor)".',
  ];
}

/** Every cursor the walk handed out. */
export function cursorsOf(walk: Walk): string[] {
  return walk.pages.map((page) => page.page.next_cursor).filter((cursor): cursor is string => cursor !== null);
}
