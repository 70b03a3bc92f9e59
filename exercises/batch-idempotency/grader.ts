/**
 * Grader for batch-idempotency: builds the learner's handler on a fresh recording user
 * store for every scenario and sends it real Requests: a mixed batch, invalid operations,
 * oversize and malformed bodies, replays, a reused key with another body, concurrent
 * duplicates and distinct keys. It checks the Responses and counts the store calls.
 * The checks live in ./lib.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { nonAtomicProblems, payloadProblems, shapeProblems, statusProblems, summaryProblems, validationProblems } from './lib/check-batch';
import { concurrencyProblems, distinctKeyProblems, keyReuseProblems, replayProblems } from './lib/check-idempotency';
import { malformedJsonProblems, missingOperationsProblems, sizeLimitProblems } from './lib/check-limits';
import { exportedFactory, setUp } from './lib/requests';

export default defineGrader('typescript', (submission) => {
  const create = () => exportedFactory(submission.exports ?? {});

  describe('The handler', () => {
    it('is exported as createBatchHandler(deps) and returns a function of a Request', () => {
      setUp(create());
    });
  });

  describe('A processed batch', () => {
    it('answers 200 with one result per operation, in order, each with its index', async () => expectNoProblems(await shapeProblems(create())));
    it('gives each operation its own status: 201, 200, 204, 404 or 422', async () => expectNoProblems(await statusProblems(create())));
    it("carries the store's user on success and { code, message } on failure", async () => expectNoProblems(await payloadProblems(create())));
    it('sums the results up in summary', async () => expectNoProblems(await summaryProblems(create())));
    it('keeps going after a failed operation (not atomic)', async () => expectNoProblems(await nonAtomicProblems(create())));
    it('refuses each invalid operation with 422 before it reaches the store', async () => expectNoProblems(await validationProblems(create())));
  });

  describe('Whole-request errors', () => {
    it('refuses more than 50 operations as a whole, and processes exactly 50', async () => expectNoProblems(await sizeLimitProblems(create())));
    it('answers 400 to a body that is not JSON', async () => expectNoProblems(await malformedJsonProblems(create())));
    it('refuses a body without a non-empty operations array', async () => expectNoProblems(await missingOperationsProblems(create())));
  });

  describe('Idempotency-Key', () => {
    it('replays the first response to a repeat, without calling the store again', async () => expectNoProblems(await replayProblems(create())));
    it('refuses the same key with a different body (422 idempotency_key_reused)', async () => expectNoProblems(await keyReuseProblems(create())));
    it('runs concurrent duplicates once and gives them all the same answer', async () => expectNoProblems(await concurrencyProblems(create())));
    it('runs requests with different keys, or none, each time', async () => expectNoProblems(await distinctKeyProblems(create())));
  });
});
