/**
 * Grader for resource-links: calls the learner's toRepresentation on a set of
 * resources (./lib/cases) and checks the data it returns and every link it builds.
 * The rules live in ./lib/checks; each returns its problems as teaching sentences.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { exportedFunction, run, show } from './lib/calls';
import { awkwardIdCases, basePathCases, everydayCases, plainCases, relatedCases } from './lib/cases';
import {
  absoluteLinkProblems,
  dataProblems,
  linkNameProblems,
  linkProblems,
  mutationProblems,
  slashProblems,
} from './lib/checks';

export default defineGrader('typescript', (submission) => {
  const fn = () => exportedFunction(submission.exports ?? {});

  describe('The function', () => {
    it('is exported as toRepresentation', () => {
      fn();
    });
    it('returns { data, links } with a self link', () => {
      const problems = plainCases.flatMap((call) => {
        const outcome = run(fn(), call);
        if (typeof outcome.links.self === 'string') return [];
        return [`${outcome.label} gave links.self = ${show(outcome.links.self)}. Set links.self to the resource's own path, a string.`];
      });
      expectNoProblems(problems);
    });
  });

  describe('Data', () => {
    it('returns the resource unchanged as data', () => {
      expectNoProblems(dataProblems(fn(), [...plainCases, ...relatedCases]));
    });
    it('leaves the object it was given untouched', () => {
      expectNoProblems(mutationProblems(fn(), [...plainCases, ...relatedCases]));
    });
  });

  describe('The self link', () => {
    it('joins base path, collection and id, e.g. /api/v1/users/usr_1', () => {
      expectNoProblems(linkProblems(fn(), plainCases, 'self', 'Join the base path, the collection and the id with single slashes.'));
    });
    it('encodes the id so it stays one path segment', () => {
      const advice = 'Pass the id through encodeURIComponent: unencoded, "/" adds a segment, "?" starts a query and "#" cuts the path short.';
      expectNoProblems(linkProblems(fn(), awkwardIdCases, 'self', advice));
    });
    it('honours the base path, with or without a trailing slash', () => {
      const advice = 'Start from the basePath argument without its trailing slash: "/api/v2/" and "/api/v2" give the same link, "" and "/" give /users/usr_1.';
      expectNoProblems(linkProblems(fn(), basePathCases, 'self', advice));
    });
  });

  describe('Related links', () => {
    it('links each related collection under the resource', () => {
      const advice = 'Add one link per name in related: the self link, a slash, then "<rel>".';
      expectNoProblems(linkProblems(fn(), relatedCases, 'related', advice));
    });
    it('adds no links beyond self and the related ones', () => {
      expectNoProblems(linkNameProblems(fn(), [...plainCases, ...relatedCases]));
    });
  });

  describe('Link hygiene', () => {
    it('uses root-relative paths, not absolute URLs', () => {
      expectNoProblems(absoluteLinkProblems(fn(), everydayCases));
    });
    it('never ends in a slash or contains an empty segment', () => {
      expectNoProblems(slashProblems(fn(), everydayCases));
    });
  });
});
