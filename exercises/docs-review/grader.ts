/**
 * Grader for the documentation review: the under-specified POST /orders must become an
 * operation a client can code against without asking anyone. Checked by properties (any
 * names pass): request and response schemas, error responses, examples that validate,
 * authentication, and the Idempotency-Key header. The rules live in ./lib.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { isObject, type Json } from '../../src/grading/openapi-rules/openapi';
import { createOrderOperation } from './lib/create-order';
import { idempotencyKeyProblems, nullableProblems, securityProblems } from './lib/check-contract';
import { errorSchemaProblems, missingErrorStatuses, retryAfterProblems } from './lib/check-errors';
import { invalidExamples, missingExamples } from './lib/check-examples';
import { requestBodyProblems, requestPropertyProblems } from './lib/check-request';
import { createdResponseProblems } from './lib/check-response';

export default defineGrader('openapi', (submission) => {
  const doc: Json = isObject(submission.document) ? submission.document : {};
  const operation = createOrderOperation(doc);

  describe('Request', () => {
    it('requires a JSON body whose schema lists its properties and required fields', () => expectNoProblems(requestBodyProblems(doc, operation)));
    it('gives every request property a type', () => expectNoProblems(requestPropertyProblems(doc, operation, 'types'), { show: 2 }));
    it('bounds every number, list and string in the request', () => expectNoProblems(requestPropertyProblems(doc, operation, 'bounds'), { show: 2 }));
  });

  describe('Response', () => {
    it('describes the 201 body, with the new order’s id', () => expectNoProblems(createdResponseProblems(doc, operation), { show: 2 }));
  });

  describe('Errors', () => {
    it('declares 401, 422 and 429', () => expectNoProblems(missingErrorStatuses(doc, operation), { show: 3 }));
    it('gives every 4xx one shared error schema with a code and a message', () => expectNoProblems(errorSchemaProblems(doc, operation), { show: 2 }));
    it('tells a rate-limited client when to retry', () => expectNoProblems(retryAfterProblems(doc, operation)));
  });

  describe('Examples', () => {
    it('shows an example request and an example 201 body', () => expectNoProblems(missingExamples(doc, operation), { show: 2 }));
    it('has only examples that validate against their schemas', () => expectNoProblems(invalidExamples(doc, operation), { show: 2 }));
  });

  describe('Authentication and parameters', () => {
    it('requires credentials from a declared security scheme', () => expectNoProblems(securityProblems(doc, operation), { show: 2 }));
    it('validates an Idempotency-Key header', () => expectNoProblems(idempotencyKeyProblems(doc, operation)));
    it('uses OpenAPI 3.1 schemas (no `nullable`)', () => expectNoProblems(nullableProblems(doc), { show: 2 }));
  });
});
