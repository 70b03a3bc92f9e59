/**
 * Checks on what a client sends: cursors that are opaque and travel in a URL, cursors
 * the API never issued, and the limit (default, maximum, refused values).
 */
import { call, callPage, describeThrown, label, show, type ListPage } from './calls';
import { createFeed } from './feed';
import { manyPosts } from './scenarios';

export const defaultLimit = 20;
export const maxLimit = 100;

/** Cursors that read as a number, or change when put in a query string. */
export function opaqueCursorProblems(cursors: string[]): string[] {
  if (cursors.length === 0) {
    return ['No page of a 23-post feed gave a next_cursor, so there is no cursor to judge. Return next_cursor on every page that has more after it.'];
  }
  for (const cursor of cursors) {
    if (cursor.trim() === '') return [`next_cursor was ${show(cursor)}. Give a non-empty string a client can send back as startingAfter.`];
    if (/^\s*-?\d+(\.\d+)?\s*$/.test(cursor)) {
      return [
        `next_cursor was ${show(cursor)}, a plain number. Clients read such a cursor as an offset or a timestamp and start ` +
          'building their own; encode what you need (e.g. base64url of JSON) so the cursor is opaque and yours to change.',
      ];
    }
    if (encodeURIComponent(cursor) !== cursor) {
      return [
        `next_cursor was ${show(cursor)}, which changes when put in a query string (${show(encodeURIComponent(cursor))}). ` +
          'Use URL-safe characters only: base64url (A-Z a-z 0-9 - _, no padding) is the usual choice, e.g. ' +
          "btoa(json).replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '').",
      ];
    }
  }
  return [];
}

// Strings no correct implementation issued: spaces (never URL-safe), a guessed offset,
// and base64url of JSON that holds no usable position.
const madeUpCursors = ['not a cursor', '42', 'eyJ4IjoxfQ'];

/** Made-up cursors that were not refused with an Error naming the cursor. */
export function madeUpCursorProblems(fn: ListPage): string[] {
  return madeUpCursors.flatMap((startingAfter) => {
    const params = { limit: 5, startingAfter };
    const outcome = call(fn, createFeed(manyPosts.slice(0, 12)), params);
    if (outcome.page) {
      return [
        `${label(params)} returned ${outcome.page.data.length} posts. A cursor the API never issued must be refused: throw ` +
          'an Error whose message names the cursor (startingAfter), so the handler can answer 400 instead of guessing a page.',
      ];
    }
    const message = outcome.thrown instanceof Error ? outcome.thrown.message : '';
    if (/cursor|starting_?after/i.test(message)) return [];
    return [
      `${label(params)} threw ${describeThrown(outcome.thrown)}. Catch decoding failures and throw an Error whose message ` +
        'names the cursor (startingAfter) and says to pass next_cursor back unchanged.',
    ];
  });
}

/** The first page without a limit does not hold the default number of posts. */
export function defaultLimitProblems(fn: ListPage): string[] {
  const page = callPage(fn, createFeed(manyPosts.slice(0, 45)), {});
  if (page.data.length === defaultLimit && page.has_more) return [];
  return [
    `${label({})} on a feed of 45 posts returned ${page.data.length} posts with has_more: ${page.has_more}; expected the ` +
      `first ${defaultLimit} and has_more: true. Use ${defaultLimit} when limit is left out.`,
  ];
}

/** Limits above the maximum that are not clamped to it. */
export function clampProblems(fn: ListPage): string[] {
  return [101, 500, 10_000].flatMap((limit) => {
    const outcome = call(fn, createFeed(manyPosts), { limit });
    if (outcome.page?.data.length === maxLimit && outcome.page.has_more) return [];
    const what = outcome.page
      ? `returned ${outcome.page.data.length} posts with has_more: ${outcome.page.has_more}`
      : `threw ${describeThrown(outcome.thrown)}`;
    return [
      `${label({ limit })} on a feed of ${manyPosts.length} posts ${what}; expected ${maxLimit} posts and has_more: true. ` +
        `Clamp large limits to ${maxLimit} (Math.min) so no client can ask for the whole table in one request.`,
    ];
  });
}

/** Limits that make no sense but were not refused with an Error naming limit. */
export function refusedLimitProblems(fn: ListPage): string[] {
  return [0, -3, 2.5, Number.NaN].flatMap((limit) => {
    const outcome = call(fn, createFeed(manyPosts.slice(0, 12)), { limit });
    const message = outcome.thrown instanceof Error ? outcome.thrown.message : '';
    if (!outcome.page && /limit/i.test(message)) return [];
    const what = outcome.page ? `returned ${outcome.page.data.length} posts` : `threw ${describeThrown(outcome.thrown)}`;
    return [
      `${label({ limit })} ${what}. Refuse a limit that is not a whole number of at least 1: throw an Error whose ` +
        'message names limit and the allowed range, e.g. "limit must be a whole number from 1 to 100".',
    ];
  });
}
