/**
 * Grader for ride-matching: searches hand-built scenes (availability, the radius edge,
 * ties, the limit, the defaults) and generated cities near the poles and across the
 * antimeridian, comparing every answer with a brute-force oracle (./lib/oracle). A city of
 * 100,000 drivers gives a speed figure, printed in the check's output and never judged.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { callFind, exportedFindDrivers } from './lib/calls';
import {
  allCityProblems,
  availabilityProblems,
  cityProblems,
  defaultProblems,
  limitProblems,
  radiusEdgeProblems,
  speedProblems,
  tieProblems,
} from './lib/check-matching';
import { CITIES } from './lib/cities';

export default defineGrader('typescript', (submission) => {
  const fn = () => exportedFindDrivers(submission.exports ?? {});
  const city = (name: string) => CITIES.find((candidate) => candidate.name.startsWith(name))!;

  describe('The function', () => {
    it('is exported as findDrivers and returns a list of { driver, distanceKm }', () => {
      callFind(fn(), CITIES[0]!.drivers, CITIES[0]!.pickup, { radiusKm: 5, limit: 5 });
    });
    it('uses radiusKm 5 and limit 5 when the options leave them out', () => expectNoProblems(defaultProblems(fn())));
  });

  describe('The rules', () => {
    it('returns available drivers only', () => expectNoProblems(availabilityProblems(fn())));
    it('includes a driver exactly on the radius', () => expectNoProblems(radiusEdgeProblems(fn())));
    it('breaks ties between drivers on the same spot by id', () => expectNoProblems(tieProblems(fn())));
    it('returns at most limit drivers, the nearest ones', () => expectNoProblems(limitProblems(fn())));
  });

  describe('Distance on a sphere', () => {
    it('measures great-circle distance in an ordinary city', () => expectNoProblems(cityProblems(fn(), city('Berlin'))));
    it('finds drivers across the antimeridian', () => expectNoProblems([...cityProblems(fn(), city('Fiji')), ...cityProblems(fn(), city('Chukotka'))]));
    it('finds drivers near the poles, across the pole itself', () =>
      expectNoProblems([...cityProblems(fn(), city('A camp')), ...cityProblems(fn(), city('The South Pole'))]));
  });

  describe('Every city', () => {
    it('agrees with a brute-force search in every generated city', () => expectNoProblems(allCityProblems(fn())));
    it('stays right on 100,000 drivers (the time is reported, not graded)', () => expectNoProblems(speedProblems(fn())));
  });
});
