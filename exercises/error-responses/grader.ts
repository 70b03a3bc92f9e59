/**
 * Grader for error-responses: sends the handler one request per failure situation
 * (./lib/exchanges) and checks status codes, headers, and that all five errors share
 * one envelope with a code, a message and, where it matters, the field at fault.
 * The rules live in ./lib/checks; each returns its problems as teaching sentences.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import {
  consistencyProblems,
  contentTypeProblems,
  distinctCodeProblems,
  envelopeProblems,
  fieldNameProblems,
  leakProblems,
  optionalRetryAfterProblems,
  retryAfterProblems,
  statusProblems,
  untouchedStoreProblems,
} from './lib/checks';
import { readEnvelope, type Envelope } from './lib/envelope';
import { exchange, exchangeAll, exportedHandler, extraSituations, situations, type SituationKey } from './lib/exchanges';

const keys = Object.keys(situations) as SituationKey[];

export default defineGrader('typescript', (submission) => {
  const handle = () => exportedHandler(submission.exports ?? {});
  let started: ReturnType<typeof exchangeAll> | undefined;
  const answer = (key: SituationKey) => (started ??= exchangeAll(handle()))[key];
  const allAnswers = () => Promise.all(keys.map(answer));

  describe('The handler', () => {
    it('is the default export, handle(request, deps), returning a Response', async () => {
      await exchange(handle(), extraSituations.create);
    });
    it('creates a project with 201 and deletes one with 204', async () => {
      const created = await exchange(handle(), extraSituations.create);
      const removed = await exchange(handle(), extraSituations.remove);
      expectNoProblems([
        ...statusProblems(created, [201], 'A POST that creates a project answers 201 Created with the new project.'),
        ...statusProblems(removed, [204, 200], 'A DELETE that worked answers 204 No Content (or 200 with a body).'),
      ]);
    });
  });

  describe('Status codes', () => {
    it('answers 404 when deleting a project that does not exist', async () => {
      expectNoProblems(statusProblems(await answer('notFound'), [404], 'projects.remove resolved false: there is no such project, which is 404 Not Found.'));
    });
    it('answers 429 when the rate limit is exceeded, before doing any work', async () => {
      const limited = await answer('rateLimited');
      expectNoProblems([
        ...statusProblems(limited, [429], 'limiter.take said allowed: false; that is 429 Too Many Requests.'),
        ...untouchedStoreProblems(limited),
      ]);
    });
    it('answers 400 when the body is not valid JSON', async () => {
      const why = 'request.json() rejects: the body cannot be read at all, which is 400 Bad Request (a client error, not a server crash).';
      expectNoProblems(statusProblems(await answer('invalidJson'), [400], why));
    });
    it('answers 400 or 422 when a required field is missing', async () => {
      const why = 'The JSON is fine but "name" is missing: 422 Unprocessable Content (or 400) tells the client to fix its input.';
      expectNoProblems(statusProblems(await answer('missingField'), [400, 422], why));
    });
    it('answers 503 or 504 when the database times out', async () => {
      const why = "A timed-out database (error.code === 'ETIMEDOUT') is a temporary server-side failure: 503 Service Unavailable or 504 Gateway Timeout, not 500, which means a bug, and not 4xx, which blames the client.";
      const removing = await exchange(handle(), extraSituations.removeTimeout);
      expectNoProblems([...statusProblems(await answer('timeout'), [503, 504], why), ...statusProblems(removing, [503, 504], why)]);
    });
  });

  describe('Headers', () => {
    it('sends Retry-After with the 429, in whole seconds rounded up', async () => {
      expectNoProblems(retryAfterProblems(await answer('rateLimited')));
    });
    it('sends a valid Retry-After with the 503/504, if it sends one', async () => {
      expectNoProblems(optionalRetryAfterProblems(await answer('timeout')));
    });
    it('labels every error body with the content type of its envelope', async () => {
      expectNoProblems(contentTypeProblems(await allAnswers()));
    });
  });

  describe('One envelope', () => {
    it('gives every error a machine-readable code and a message', async () => {
      expectNoProblems(envelopeProblems(await allAnswers()));
    });
    it('uses the same envelope and field names for all five errors', async () => {
      expectNoProblems(consistencyProblems(await allAnswers()));
    });
    it('gives each situation its own code', async () => {
      const answers = await allAnswers();
      const unreadable = envelopeProblems(answers);
      // Codes can only be compared once every body is an envelope.
      const byKey = () => Object.fromEntries(keys.map((key, i) => [key, readEnvelope(answers[i]!) as Envelope])) as Record<SituationKey, Envelope>;
      expectNoProblems(unreadable.length ? unreadable : distinctCodeProblems(byKey()));
    });
    it('names the missing field', async () => {
      expectNoProblems(fieldNameProblems(await answer('missingField'), 'name'));
    });
    it('keeps internal details of the database error away from the client', async () => {
      const removing = await exchange(handle(), extraSituations.removeTimeout);
      expectNoProblems([...leakProblems(await answer('timeout')), ...leakProblems(removing)]);
    });
  });
});
