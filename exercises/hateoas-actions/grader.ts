/**
 * Grader for hateoas-actions: calls the learner's actionsFor for every order status,
 * many permission sets (exact, wildcard, lookalike and :own patterns) and three callers
 * (the owner, another user, an anonymous caller), and compares each answer with the
 * grader's own reading of the rules (./lib/rules). The checks live in ./lib.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { callActions, exportedFunction } from './lib/calls';
import { CALLERS, PERMISSION_SETS, orderIn } from './lib/cases';
import {
  duplicateProblems,
  exactPermissionProblems,
  gridProblems,
  itemProblems,
  lifecycleProblems,
  linkProblems,
  noPermissionProblems,
  ownershipProblems,
  wildcardProblems,
} from './lib/check-actions';

export default defineGrader('typescript', (submission) => {
  const fn = () => exportedFunction(submission.exports ?? {});

  describe('The function', () => {
    it('is exported as actionsFor and returns a list of { name, method, href }', () => {
      callActions(fn(), orderIn('pending'), CALLERS.owner(PERMISSION_SETS.everything));
    });
    it('lists no action twice', () => expectNoProblems(duplicateProblems(fn())));
  });

  describe('The lifecycle', () => {
    it('offers each status exactly the moves it accepts (shipped: deliver only; delivered and cancelled: none)', () =>
      expectNoProblems(lifecycleProblems(fn())));
    it('offers add_item only while the order is pending', () => expectNoProblems(itemProblems(fn())));
  });

  describe('The links', () => {
    it('sends each action as POST to /api/v1/orders/{id}/<action>', () => expectNoProblems(linkProblems(fn(), 'ord_7')));
    it('URL-encodes the order id in every href', () => expectNoProblems(linkProblems(fn(), 'ord 7/b?x#1')));
  });

  describe('The permissions', () => {
    it('offers nothing to a caller with no orders permission', () => expectNoProblems(noPermissionProblems(fn())));
    it('grants a plain permission its own action only', () => expectNoProblems(exactPermissionProblems(fn())));
    it('matches wildcards segment by segment, never as a string prefix', () => expectNoProblems(wildcardProblems(fn())));
    it("grants :own permissions only on the caller's own orders", () => expectNoProblems(ownershipProblems(fn())));
  });

  describe('Every combination', () => {
    it('agrees with the rules for every status × permission set × caller', () => expectNoProblems(gridProblems(fn())));
  });
});
