/**
 * Grader for token-bucket: drives the learner's createLimiter on a scripted clock and
 * checks bursts, refill, per-key buckets, the header values and clock handling. The
 * checks live in ./lib, one module per concern; each returns its problems as teaching
 * sentences, and probes replay the scenario on a fresh limiter so they cannot disturb it.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { burstProblems, keyProblems, overfillProblems } from './lib/check-capacity';
import { limitProblems, remainingProblems, resetProblems, retryAfterProblems } from './lib/check-headers';
import {
  backwardClockProblems,
  fractionProblems,
  injectedClockProblems,
  refillProblems,
  refusalCostProblems,
} from './lib/check-refill';
import { burst, exportedFactory, limiterFrom, replay } from './lib/limiter-calls';

export default defineGrader('typescript', (submission) => {
  const create = () => exportedFactory(submission.exports ?? {});

  describe('The limiter', () => {
    it('is exported as createLimiter and returns an object with take(key)', () => {
      limiterFrom(create(), { capacity: 2, refillPerSecond: 1 });
    });
    it('answers with allowed, limit, remaining, resetSeconds and retryAfterSeconds', () => {
      // replay checks every field of every answer, allowed and refused.
      replay(create(), { capacity: 2, refillPerSecond: 1 }, burst(3, 0));
    });
  });

  describe('Burst capacity', () => {
    it('allows exactly capacity requests at once, then refuses', () => expectNoProblems(burstProblems(create())));
    it('never holds more than capacity tokens, however long it waits', () => expectNoProblems(overfillProblems(create())));
  });

  describe('Refill', () => {
    it('brings tokens back at refillPerSecond', () => expectNoProblems(refillProblems(create())));
    it('keeps the fractions of a token earned between frequent requests', () => expectNoProblems(fractionProblems(create())));
    it('charges nothing for a refused request', () => expectNoProblems(refusalCostProblems(create())));
  });

  describe('Keys', () => {
    it('gives every key a bucket of its own, full when first seen', () => expectNoProblems(keyProblems(create())));
  });

  describe('Header values', () => {
    it('reports the capacity as limit', () => expectNoProblems(limitProblems(create())));
    it('reports remaining as the requests still allowed right now, never below 0', () =>
      expectNoProblems(remainingProblems(create())));
    it('gives a Retry-After of whole seconds, at least 1, just long enough', () =>
      expectNoProblems(retryAfterProblems(create())));
    it('gives resetSeconds as whole seconds until the bucket is full', () => expectNoProblems(resetProblems(create())));
  });

  describe('Clock', () => {
    it('reads the time from the injected now(), not Date.now()', () => expectNoProblems(injectedClockProblems(create())));
    it('neither adds nor removes tokens when the clock steps back', () => expectNoProblems(backwardClockProblems(create())));
  });
});
