/**
 * Grader for cursor-pagination: walks feeds with the learner's listPage while posts
 * arrive and go between page fetches (./lib/scenarios), then checks that no post
 * appears twice or goes missing, has_more is exact, cursors are opaque, and the limit
 * is bounded. Each rule in ./lib returns its problems as teaching sentences.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { callPage, exportedListPage } from './lib/calls';
import { createFeed, posts } from './lib/feed';
import { contentProblems, cursorsOf, hasMoreProblems, nextCursorProblems } from './lib/checks';
import {
  clampProblems,
  defaultLimitProblems,
  madeUpCursorProblems,
  opaqueCursorProblems,
  refusedLimitProblems,
} from './lib/params';
import {
  cursorPostDeleted,
  emptyFeed,
  fullLastPage,
  newArrivals,
  sameMillisecond,
  seenDeleted,
  singlePost,
  unchanging,
} from './lib/scenarios';
import { walk } from './lib/walk';

export default defineGrader('typescript', (submission) => {
  const fn = () => exportedListPage(submission.exports ?? {});
  const walkAll = (...scenarios: Parameters<typeof walk>[1][]) => scenarios.map((scenario) => walk(fn(), scenario));

  describe('The function', () => {
    it('is exported as listPage', () => {
      fn();
    });
    it('returns { data, has_more, next_cursor } for the first page', () => {
      callPage(fn(), createFeed(posts(3)), { limit: 5 });
    });
  });

  describe('A feed that does not change', () => {
    it('returns every post once, in order, limit posts to a page', () => {
      expectNoProblems(walkAll(unchanging, fullLastPage, singlePost, emptyFeed).flatMap(contentProblems));
    });
    it('says has_more: false on the last page only, also when that page is full', () => {
      expectNoProblems(walkAll(unchanging, fullLastPage, singlePost, emptyFeed).flatMap(hasMoreProblems));
    });
    it('gives a next_cursor on every page but the last', () => {
      expectNoProblems(walkAll(unchanging, fullLastPage, singlePost, emptyFeed).flatMap(nextCursorProblems));
    });
    it('keeps posts created in the same millisecond apart', () => {
      expectNoProblems(walkAll(sameMillisecond).flatMap(contentProblems));
    });
  });

  describe('A feed that changes between pages', () => {
    it('repeats no post when new posts arrive at the top', () => {
      expectNoProblems(walkAll(newArrivals).flatMap((w) => [...contentProblems(w), ...hasMoreProblems(w)]));
    });
    it('skips no post when posts already seen are deleted', () => {
      expectNoProblems(walkAll(seenDeleted).flatMap((w) => [...contentProblems(w), ...hasMoreProblems(w)]));
    });
    it("carries on when the cursor's own post is deleted", () => {
      expectNoProblems(walkAll(cursorPostDeleted).flatMap((w) => [...contentProblems(w), ...hasMoreProblems(w)]));
    });
  });

  describe('Cursors', () => {
    it('are opaque strings that travel in a URL unchanged', () => {
      expectNoProblems(opaqueCursorProblems(walkAll(unchanging, sameMillisecond).flatMap(cursorsOf)));
    });
    it('refuses a cursor it never issued, naming the cursor', () => {
      expectNoProblems(madeUpCursorProblems(fn()));
    });
  });

  describe('The limit', () => {
    it('is 20 when left out', () => {
      expectNoProblems(defaultLimitProblems(fn()));
    });
    it('is clamped to 100', () => {
      expectNoProblems(clampProblems(fn()));
    });
    it('refuses 0, negative and fractional limits, naming limit', () => {
      expectNoProblems(refusedLimitProblems(fn()));
    });
  });
});
