/**
 * Grader for ride-lifecycle: calls the learner's transition for every status × event pair,
 * walks the happy path, and probes the cancellation fee around its 2-minute boundary,
 * comparing each answer with the grader's own reading of the rules (./lib/rules). Rides
 * are passed deep-frozen, so changing the given ride fails with a message that says so.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { callTransition, exportedTransition } from './lib/calls';
import { feeProblems, gridProblems, happyPathProblems, lateCancelProblems, offerProblems, refusalProblems } from './lib/check-lifecycle';
import { eventOf, rideIn, T0 } from './lib/rules';

export default defineGrader('typescript', (submission) => {
  const fn = () => exportedTransition(submission.exports ?? {});

  describe('The function', () => {
    it('is exported as transition and answers { ok: true, ride } or { ok: false, allowed, message }', () => {
      callTransition(fn(), rideIn('requested'), eventOf('accept'), T0 + 60_000);
      callTransition(fn(), rideIn('completed'), eventOf('start'), T0 + 60_000);
    });
  });

  describe('The happy path', () => {
    it('moves requested → matched → driver_arriving → in_progress → completed, setting the driver and the times', () =>
      expectNoProblems(happyPathProblems(fn())));
    it('keeps a ride requested when a driver declines or the offer times out', () => expectNoProblems(offerProblems(fn())));
  });

  describe('Cancelling', () => {
    it('is free while requested and for 2 minutes after the match (exactly 2 minutes included), then costs 5.00 EUR', () =>
      expectNoProblems(feeProblems(fn())));
    it('is refused once the trip has started, and for a final ride', () => expectNoProblems(lateCancelProblems(fn())));
  });

  describe('Refusals', () => {
    it('names the statuses the ride can move to instead', () => expectNoProblems(refusalProblems(fn())));
  });

  describe('Every combination', () => {
    it('agrees with the rules for every status × event pair, leaving the given ride unchanged', () => expectNoProblems(gridProblems(fn())));
  });
});
