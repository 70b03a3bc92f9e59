/**
 * Grader for the API design audit: checks the properties of a resource-oriented
 * design, whatever the learner names things. The rules live in ./lib, one module per
 * concern; each returns the problems it found as teaching sentences.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { isObject, type Json } from '../../src/grading/openapi-rules/openapi';
import { identityInQuery, mixedPathCasing, singularCollections, verbsInPaths } from '../../src/grading/openapi-rules/check-paths';
import { incompleteResources, missingRelationships } from '../../src/grading/openapi-rules/check-resources';
import { mixedPropertyCasing, successFlags } from '../../src/grading/openapi-rules/check-bodies';
import {
  creationProblems,
  errorSchemasWithoutCodeAndMessage,
  missingClientErrors,
  unsharedErrorSchemas,
} from '../../src/grading/openapi-rules/check-responses';

export default defineGrader('openapi', (submission) => {
  const doc: Json = isObject(submission.document) ? submission.document : {};

  describe('Paths name resources', () => {
    it('uses nouns, not verbs, in path segments', () => expectNoProblems(verbsInPaths(doc), { show: 3 }));
    it('names collections with plural nouns', () => expectNoProblems(singularCollections(doc), { show: 3 }));
    it('uses one casing style for path segments', () => expectNoProblems(mixedPathCasing(doc), { show: 3 }));
    it('puts the identity of a single resource in the path', () => expectNoProblems(identityInQuery(doc), { show: 3 }));
  });

  describe('Resources and relationships', () => {
    it('offers at least two resources, each with a collection and an item path', () =>
      expectNoProblems(incompleteResources(doc), { show: 3 }));
    it('relates resources through a nested path or links', () => expectNoProblems(missingRelationships(doc), { show: 3 }));
  });

  describe('Representations', () => {
    it('uses one casing style for property names', () => expectNoProblems(mixedPropertyCasing(doc), { show: 3 }));
    it('leaves success and failure to the status code (no success flag)', () => expectNoProblems(successFlags(doc), { show: 3 }));
  });

  describe('Status codes and errors', () => {
    it('answers 201 Created with the new resource when POSTing to a collection', () =>
      expectNoProblems(creationProblems(doc), { show: 3 }));
    it('declares a 4xx response on every operation', () => expectNoProblems(missingClientErrors(doc), { show: 3 }));
    it('uses one error schema for every error response', () => expectNoProblems(unsharedErrorSchemas(doc), { show: 3 }));
    it('gives errors a machine-readable code and a human message', () =>
      expectNoProblems(errorSchemasWithoutCodeAndMessage(doc), { show: 3 }));
  });
});
