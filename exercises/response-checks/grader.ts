/**
 * Grader for response-checks: the learner writes two checks over API responses (pagination
 * consistency and error-envelope consistency). The checks must pass against the real sandbox
 * and fail against each deliberately broken copy of it (lib/broken-*.ts): a test that cannot
 * fail proves nothing.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { BROKEN_ERRORS } from './lib/broken-errors';
import { BROKEN_LISTS, type Breakage } from './lib/broken-lists';
import { exportedCheck, missedBreakageProblems, realSandboxProblems, runErrors, runPagination, type ErrorCheck, type PaginationCheck } from './lib/run-checks';
import { createGradingSandbox, sandboxFetch } from './lib/sandbox-fetch';

// What to add when a broken copy got through, by the breakage it missed (same order as the lists).
const LIST_HINTS = [
  'Remember every id you have seen and throw when one comes back on a later page.',
  'Fetch the whole list once (?limit=100) and throw when the walk missed an id or listed them in another order.',
  'Throw when a page holds more items than the limit you asked for.',
  'Throw when meta.has_more is true but links.next is missing (or the other way round).',
];
const ERROR_HINTS = [
  'Throw when error.request_id is missing or empty.',
  'Compare error.request_id with the X-Request-Id response header; they must be equal.',
  'Throw when the body has no "error" object with code and message.',
  'Compare response.status with probe.status.',
  'Check that error.type fits the status: 400 and 422 are validation_error, 404 is business_error.',
];

export default defineGrader('typescript', (submission) => {
  const exports = submission.exports ?? {};
  const pagination = () => exportedCheck<PaginationCheck>(exports, 'checkPagination');
  const errors = () => exportedCheck<ErrorCheck>(exports, 'checkErrorResponse');
  // A fresh sandbox for every run of the checks, so that no broken copy sees another's requests.
  const against = async (breakage?: Breakage) => {
    const sandbox = await createGradingSandbox();
    return breakage ? breakage.wrap(sandbox) : sandboxFetch(sandbox);
  };

  describe('The checks', () => {
    it('are exported as checkPagination and checkErrorResponse', () => {
      pagination();
      errors();
    });
  });

  describe('Against the real sandbox', () => {
    it('checkPagination passes on every list', async () => expectNoProblems(realSandboxProblems(await runPagination(pagination(), await against()))));
    it('checkErrorResponse passes on every error', async () => expectNoProblems(realSandboxProblems(await runErrors(errors(), await against()))));
  });

  describe('checkPagination catches an API whose', () => {
    BROKEN_LISTS.forEach((breakage, index) => {
      it(breakage.what, async () => expectNoProblems(missedBreakageProblems(await runPagination(pagination(), await against(breakage)), breakage.what, LIST_HINTS[index]!)));
    });
  });

  describe('checkErrorResponse catches an API whose', () => {
    BROKEN_ERRORS.forEach((breakage, index) => {
      it(breakage.what, async () => expectNoProblems(missedBreakageProblems(await runErrors(errors(), await against(breakage)), breakage.what, ERROR_HINTS[index]!)));
    });
  });
});
