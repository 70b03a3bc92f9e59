/**
 * Grader for the ride-sharing API design (chapter 12). Checked by properties, never by
 * names: the resources, the ride's lifecycle with 409, a live channel, authentication,
 * errors and rate limits, pagination and versioning. The rules live in ./lib.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { isObject, type Json } from '../../src/grading/openapi-rules/openapi';
import { errorSchemaProblems, missingStatusProblems, rateLimitHeaderProblems } from './lib/errors';
import { lifecycleProblems } from './lib/lifecycle';
import { paginationProblems, versioningProblems } from './lib/lists-and-versions';
import { realtimeProblems } from './lib/realtime';
import { resourceProblems } from './lib/resources';
import { securityProblems } from './lib/security';

export default defineGrader('openapi', (submission) => {
  const doc: Json = isObject(submission.document) ? submission.document : {};

  describe('Resources and lifecycle', () => {
    it('has collection and item paths for riders, drivers and rides', () => expectNoProblems(resourceProblems(doc), { show: 3 }));
    it('models the ride’s steps and documents 409 for a step its state forbids', () => expectNoProblems(lifecycleProblems(doc), { show: 2 }));
    it('lets a rider follow the ride live (SSE or WebSocket)', () => expectNoProblems(realtimeProblems(doc)));
  });

  describe('Authentication', () => {
    it('declares security schemes and requires them on every write', () => expectNoProblems(securityProblems(doc), { show: 2 }));
  });

  describe('Errors and rate limits', () => {
    it('declares 401, 403, 404, 409, 422 and 429', () => expectNoProblems(missingStatusProblems(doc), { show: 3 }));
    it('gives every 4xx one shared error schema with a code and a message', () => expectNoProblems(errorSchemaProblems(doc), { show: 2 }));
    it('tells a rate-limited client when to retry and what is left', () => expectNoProblems(rateLimitHeaderProblems(doc), { show: 2 }));
  });

  describe('Lists and versions', () => {
    it('pages every list', () => expectNoProblems(paginationProblems(doc), { show: 2 }));
    it('versions the API in the path or a header', () => expectNoProblems(versioningProblems(doc)));
  });
});
