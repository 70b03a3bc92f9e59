/**
 * Grader for the order schema (chapter 3): identity, connections for growing lists,
 * mutations with input types and payloads carrying user errors, an enum status, and
 * GraphQL naming. Checks read the built schema, so any names that follow the
 * conventions pass; each rule lives in ./lib and returns problems as teaching sentences.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { missingOrderLookup, nullableIds } from './lib/check-identity';
import { missingOrderConnection, unpagedLists } from './lib/check-connections';
import { missingOrderMutations, mutationsWithoutInput, mutationsWithoutPayload } from './lib/check-mutations';
import { namingProblems, statusProblems } from './lib/check-conventions';

export default defineGrader('graphql', ({ schema }) => {
  describe('Identity', () => {
    it('declares every id as ID!', () => expectNoProblems(nullableIds(schema), { show: Infinity }));
    it('fetches one order by a non-null id', () => expectNoProblems(missingOrderLookup(schema), { show: Infinity }));
  });

  describe('Lists', () => {
    it('lists orders through a connection', () => expectNoProblems(missingOrderConnection(schema), { show: Infinity }));
    it('pages every list that grows with first/after, edges and pageInfo', () => expectNoProblems(unpagedLists(schema), { show: Infinity }));
  });

  describe('Mutations', () => {
    it('can place, change and cancel an order', () => expectNoProblems(missingOrderMutations(schema), { show: Infinity }));
    it('takes one input object per mutation', () => expectNoProblems(mutationsWithoutInput(schema), { show: Infinity }));
    it('answers with a payload that carries user errors', () => expectNoProblems(mutationsWithoutPayload(schema), { show: Infinity }));
  });

  describe('Conventions', () => {
    it('models the order status as a non-null enum', () => expectNoProblems(statusProblems(schema), { show: Infinity }));
    it('names types, fields and enum values in the GraphQL style', () => expectNoProblems(namingProblems(schema), { show: Infinity }));
  });
});
