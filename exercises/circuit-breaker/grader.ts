/**
 * Grader for circuit-breaker: drives the learner's createBreaker on a scripted clock,
 * with a stand-in dependency whose calls are counted, through every transition:
 * closed → open → half-open → closed or open again. The checks live in ./lib, one
 * module per state; each returns its problems as teaching sentences.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { Harness, exportedFactory } from './lib/breaker-calls';
import { consecutiveProblems, passThroughProblems, startsClosedProblems, staysClosedProblems, thresholdProblems } from './lib/check-closed';
import { halfOpenStateProblems, singleTrialProblems, trialFailureProblems, trialSuccessProblems } from './lib/check-half-open';
import { refusalErrorProblems, refusesWithoutCallingProblems, staysOpenProblems, timeoutNotRestartedProblems } from './lib/check-open';

export default defineGrader('typescript', (submission) => {
  const create = () => exportedFactory(submission.exports ?? {});

  describe('The breaker', () => {
    it('is exported as createBreaker and returns an object with call(fn) and state', () => {
      new Harness(create(), { failureThreshold: 3, resetTimeoutMs: 10_000 });
    });
    it('starts closed', () => expectNoProblems(startsClosedProblems(create())));
    it("settles as fn does, with fn's own value or error", async () => expectNoProblems(await passThroughProblems(create())));
  });

  describe('Closed', () => {
    it('stays closed while calls succeed', async () => expectNoProblems(await staysClosedProblems(create())));
    it('opens after exactly failureThreshold failures in a row', async () => expectNoProblems(await thresholdProblems(create())));
    it('counts failures in a row: a success starts the count again', async () =>
      expectNoProblems(await consecutiveProblems(create())));
  });

  describe('Open', () => {
    it('refuses calls at once, without calling fn', async () => expectNoProblems(await refusesWithoutCallingProblems(create())));
    it('refuses with code "CIRCUIT_OPEN" and retryAfterMs, the time left', async () =>
      expectNoProblems(await refusalErrorProblems(create())));
    it('stays open for the whole resetTimeoutMs', async () => expectNoProblems(await staysOpenProblems(create())));
    it('does not restart the timeout when it refuses a call', async () =>
      expectNoProblems(await timeoutNotRestartedProblems(create())));
  });

  describe('Half-open', () => {
    it('reads half-open once resetTimeoutMs has passed', async () => expectNoProblems(await halfOpenStateProblems(create())));
    it('closes when the trial call succeeds', async () => expectNoProblems(await trialSuccessProblems(create())));
    it('opens again for a fresh resetTimeoutMs when the trial fails', async () =>
      expectNoProblems(await trialFailureProblems(create())));
    it('lets only one trial through at a time', async () => expectNoProblems(await singleTrialProblems(create())));
  });
});
