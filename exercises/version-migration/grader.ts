/**
 * Grader for version-migration: runs the learner's v2 ⇄ v3 adapters on generated users
 * and reads the deprecation headers at instants around the plan's dates with real
 * parsers. The rules live in ./lib, one module per concern; each returns its problems
 * as teaching sentences.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { exported } from './lib/calls';
import { deprecationProblems, goneProblems, linkProblems, moments, presenceProblems, sunsetProblems, type Moment } from './lib/check-headers';
import { backwardProblems, contactProblems, idProblems, nameSplitProblems, roundTripProblems } from './lib/check-users';

export default defineGrader('typescript', (submission) => {
  const exports = submission.exports ?? {};
  const toV3 = () => exported(exports, 'v2ToV3');
  const toV2 = () => exported(exports, 'v3ToV2');
  let cached: Moment[] | undefined;
  const atMoments = () => (cached ??= moments(exported(exports, 'deprecationHeaders')));

  describe('v2 → v3', () => {
    it('moves user_id to id', () => expectNoProblems(idProblems(toV3())));
    it('splits two-word names into first and last', () => expectNoProblems(nameSplitProblems(toV3(), (words, raw) => words.length === 2 && raw === words.join(' '))));
    it('keeps every word after the first in last, middle names included', () =>
      expectNoProblems(nameSplitProblems(toV3(), (words, raw) => words.length > 2 && raw === words.join(' '))));
    it('gives a one-word name an empty last name', () => expectNoProblems(nameSplitProblems(toV3(), (words) => words.length === 1)));
    it('ignores spaces at the ends and between words', () => expectNoProblems(nameSplitProblems(toV3(), (words, raw) => raw !== words.join(' '))));
    it('sorts contact into email or phone, with null for the other', () => expectNoProblems(contactProblems(toV3())));
  });

  describe('v3 → v2', () => {
    it('joins the name and picks the email, or else the phone, as contact', () => expectNoProblems(backwardProblems(toV2())));
    it('gives back the same user after v2 → v3 → v2', () => expectNoProblems(roundTripProblems(toV3(), toV2())));
  });

  describe('Deprecation plan', () => {
    it('sends nothing before deprecation, and Deprecation, Sunset and Link from then on', () => expectNoProblems(presenceProblems(atMoments())));
    it('writes Deprecation as a structured-field date in Unix seconds (RFC 9745)', () => expectNoProblems(deprecationProblems(atMoments())));
    it('writes Sunset as an IMF-fixdate HTTP date (RFC 8594)', () => expectNoProblems(sunsetProblems(atMoments())));
    it('links to the migration guide with rel="deprecation"', () => expectNoProblems(linkProblems(atMoments())));
    it('signals gone from the sunset on, and not before', () => expectNoProblems(goneProblems(atMoments())));
  });
});
