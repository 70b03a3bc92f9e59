/**
 * Grader for the library API design (the chapter's exercise): five resources and their
 * relationships, actions without verbs in collection paths, searchable and paged
 * lists, 201 on creation, 409 for broken rules, one error schema, and late fees.
 * Shared OpenAPI reading and error-schema rules come from the api-audit exercise's lib;
 * the library's own rules live in ./lib, each returning problems as teaching sentences.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { isObject, type Json } from '../../src/grading/openapi-rules/openapi';
import { verbsInPaths } from '../../src/grading/openapi-rules/check-paths';
import { errorSchemasWithoutCodeAndMessage, missingClientErrors, unsharedErrorSchemas } from '../../src/grading/openapi-rules/check-responses';
import { missingRelationships, missingResources } from './lib/check-resources';
import { misplacedActions, missingLoanActions, singularCollections } from './lib/check-actions';
import { missingBookSearch, unpagedLists } from './lib/check-lists';
import { creationProblems, missingConflicts, missingLateFees } from './lib/check-rules';

export default defineGrader('openapi', (submission) => {
  const doc: Json = isObject(submission.document) ? submission.document : {};

  describe('Resources', () => {
    it('has books, authors, members, loans and reservations, each with a collection and an item path', () =>
      expectNoProblems(missingResources(doc), { show: 3 }));
    it('relates books to authors, and loans and reservations to their book and member', () =>
      expectNoProblems(missingRelationships(doc), { show: 3 }));
  });

  describe('Paths and actions', () => {
    it('uses no CRUD verbs in paths', () => expectNoProblems(verbsInPaths(doc), { show: 3 }));
    it('models library actions on resources, not as verbs in collection paths', () => expectNoProblems(misplacedActions(doc), { show: 3 }));
    it('names collections with plural nouns', () => expectNoProblems(singularCollections(doc), { show: 3 }));
    it('can lend a book, and return and renew a loan', () => expectNoProblems(missingLoanActions(doc), { show: 3 }));
  });

  describe('Lists', () => {
    it('searches books by text, author and availability with query parameters', () => expectNoProblems(missingBookSearch(doc), { show: 3 }));
    it('pages every list', () => expectNoProblems(unpagedLists(doc), { show: 3 }));
  });

  describe('Status codes', () => {
    it('answers 201 Created when a resource is created', () => expectNoProblems(creationProblems(doc), { show: 3 }));
    it('answers 409 Conflict when a rule forbids a loan or a renewal', () => expectNoProblems(missingConflicts(doc), { show: 3 }));
  });

  describe('Errors', () => {
    it('declares a 4xx response on every operation', () => expectNoProblems(missingClientErrors(doc), { show: 3 }));
    it('uses one error schema for every error response', () => expectNoProblems(unsharedErrorSchemas(doc), { show: 3 }));
    it('gives errors a machine-readable code and a human message', () => expectNoProblems(errorSchemasWithoutCodeAndMessage(doc), { show: 3 }));
  });

  describe('Late fees', () => {
    it('shows the late fees a loan or a member has run up', () => expectNoProblems(missingLateFees(doc), { show: 3 }));
  });
});
