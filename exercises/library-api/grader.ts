/**
 * Grader for the library API design (the chapter's exercise): five resources and their
 * relationships, actions without verbs in collection paths, searchable and paged
 * lists, 201 on creation, 409 for broken rules, one error schema, and late fees.
 * Shared OpenAPI reading and error-schema rules come from the api-audit exercise's lib;
 * the library's own rules live in ./lib, each returning problems as teaching sentences.
 */
import { describe, it, expect } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { isObject, type Json } from '../../src/grading/openapi-rules/openapi';
import { verbsInPaths } from '../../src/grading/openapi-rules/check-paths';
import { errorSchemasWithoutCodeAndMessage, missingClientErrors, unsharedErrorSchemas } from '../../src/grading/openapi-rules/check-responses';
import { missingRelationships, missingResources } from './lib/check-resources';
import { misplacedActions, missingLoanActions, singularCollections } from './lib/check-actions';
import { missingBookSearch, unpagedLists } from './lib/check-lists';
import { creationProblems, missingConflicts, missingLateFees } from './lib/check-rules';

/** Fails with the first few problems as the message; passes when there are none. */
function expectNoProblems(problems: string[]) {
  const shown = problems.slice(0, 3);
  const more = problems.length > 3 ? ` (and ${problems.length - 3} more like these)` : '';
  expect(shown, shown.join(' ') + more).toEqual([]);
}

export default defineGrader('openapi', (submission) => {
  const doc: Json = isObject(submission.document) ? submission.document : {};

  describe('Resources', () => {
    it('has books, authors, members, loans and reservations, each with a collection and an item path', () =>
      expectNoProblems(missingResources(doc)));
    it('relates books to authors, and loans and reservations to their book and member', () =>
      expectNoProblems(missingRelationships(doc)));
  });

  describe('Paths and actions', () => {
    it('uses no CRUD verbs in paths', () => expectNoProblems(verbsInPaths(doc)));
    it('models library actions on resources, not as verbs in collection paths', () => expectNoProblems(misplacedActions(doc)));
    it('names collections with plural nouns', () => expectNoProblems(singularCollections(doc)));
    it('can lend a book, and return and renew a loan', () => expectNoProblems(missingLoanActions(doc)));
  });

  describe('Lists', () => {
    it('searches books by text, author and availability with query parameters', () => expectNoProblems(missingBookSearch(doc)));
    it('pages every list', () => expectNoProblems(unpagedLists(doc)));
  });

  describe('Status codes', () => {
    it('answers 201 Created when a resource is created', () => expectNoProblems(creationProblems(doc)));
    it('answers 409 Conflict when a rule forbids a loan or a renewal', () => expectNoProblems(missingConflicts(doc)));
  });

  describe('Errors', () => {
    it('declares a 4xx response on every operation', () => expectNoProblems(missingClientErrors(doc)));
    it('uses one error schema for every error response', () => expectNoProblems(unsharedErrorSchemas(doc)));
    it('gives errors a machine-readable code and a human message', () => expectNoProblems(errorSchemasWithoutCodeAndMessage(doc)));
  });

  describe('Late fees', () => {
    it('shows the late fees a loan or a member has run up', () => expectNoProblems(missingLateFees(doc)));
  });
});
