/**
 * Grader for dataloader-batching: hands the learner's createOrdersLoader a store that
 * counts its reads, resolves a real nested GraphQL query through it (graphql-js), and
 * checks batching, dedupe, key order, missing keys, failures and per-request loaders.
 * The checks live in ./lib; each returns its problems as teaching sentences.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { awaitedLoadProblems, dedupeProblems, nestedQueryProblems, separateTickProblems } from './lib/check-batching';
import { failedReadProblems, keyFailureProblems } from './lib/check-errors';
import { freshLoaderProblems, keyOrderProblems, singleLoadProblems } from './lib/check-results';
import { exportedFactory, newLoader } from './lib/loader-calls';
import { createStore, seedOrders } from './lib/store';

export default defineGrader('typescript', (submission) => {
  const create = () => exportedFactory(submission.exports ?? {});

  describe('The loader', () => {
    it('is exported as createOrdersLoader and returns an object with load(userId)', () => {
      newLoader(create(), createStore(seedOrders(2)));
    });
    it("resolves load(userId) to that user's orders, oldest first", async () => expectNoProblems(await singleLoadProblems(create())));
  });

  describe('Batching', () => {
    it('answers a nested query for 25 users with one store read', async () => expectNoProblems(await nestedQueryProblems(create())));
    it('keeps loads made after an await in the same batch', async () => expectNoProblems(await awaitedLoadProblems(create())));
    it('asks the store for each key once, and answers every caller of it', async () => expectNoProblems(await dedupeProblems(create())));
    it('starts a new batch for loads made after the previous one was sent', async () =>
      expectNoProblems(await separateTickProblems(create())));
  });

  describe('Results', () => {
    it('gives each key its own orders, and [] for users without orders or unknown ids', async () =>
      expectNoProblems(await keyOrderProblems(create())));
    it('shares nothing between the loaders of two requests', async () => expectNoProblems(await freshLoaderProblems(create())));
  });

  describe('Failures', () => {
    it('rejects only the loads of users the store could not read', async () => expectNoProblems(await keyFailureProblems(create())));
    it('rejects every load of a failed read, and reads again next time', async () => expectNoProblems(await failedReadProblems(create())));
  });
});
