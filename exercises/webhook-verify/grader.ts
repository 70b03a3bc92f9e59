/**
 * Grader for webhook-verify: signs Standard Webhooks deliveries itself with WebCrypto
 * (./lib/deliveries), sends valid, tampered, wrongly encoded, stale, future, replayed and
 * incomplete ones through the learner's verifyWebhook with a recording receiver, and
 * checks the constant-time comparison by watching receiver.timingSafeEqual and by reading
 * the code. The checks live in ./lib.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { exportedFunction } from './lib/calls';
import { constantTimeUseProblems, earlyExitProblems } from './lib/check-constant-time';
import {
  barePrefixProblems,
  encodingProblems,
  forgeryBurnsNoIdProblems,
  missingHeaderProblems,
  multipleSignatureProblems,
  rawBodyProblems,
  replayProblems,
  tamperingProblems,
  timestampProblems,
  validProblems,
} from './lib/check-deliveries';

export default defineGrader('typescript', (submission) => {
  const fn = () => exportedFunction(submission.exports ?? {});

  describe('Genuine deliveries', () => {
    it('accepts a delivery signed with the secret and returns its parsed event', async () => expectNoProblems(await validProblems(fn())));
    it('accepts the secret with or without its whsec_ prefix', async () => expectNoProblems(await barePrefixProblems(fn())));
    it('verifies the raw body byte for byte', async () => expectNoProblems(await rawBodyProblems(fn())));
    it('accepts when any one v1 signature among several matches', async () => expectNoProblems(await multipleSignatureProblems(fn())));
  });

  describe('Forgeries', () => {
    it('refuses a changed body, id or timestamp, and another secret, as invalid_signature', async () =>
      expectNoProblems(await tamperingProblems(fn())));
    it('refuses hex, undecodable and truncated signatures without throwing', async () => expectNoProblems(await encodingProblems(fn())));
    it('refuses a delivery with a header missing, as missing_headers', async () => expectNoProblems(await missingHeaderProblems(fn())));
  });

  describe('Replay protection', () => {
    it('accepts timestamps within 5 minutes and refuses older, newer or malformed ones', async () =>
      expectNoProblems(await timestampProblems(fn())));
    it('refuses the same delivery a second time, as replayed', async () => expectNoProblems(await replayProblems(fn())));
    it('remembers an id only after its delivery passed every check', async () => expectNoProblems(await forgeryBurnsNoIdProblems(fn())));
  });

  describe('Constant-time comparison', () => {
    it('compares signatures with receiver.timingSafeEqual or crypto.subtle.verify', async () =>
      expectNoProblems(await constantTimeUseProblems(fn(), submission.text)));
    it('never compares a signature with ===, includes or startsWith (read from the code)', () => expectNoProblems(earlyExitProblems(submission.text)));
  });
});
