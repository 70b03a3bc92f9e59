/**
 * Grader for sla-monitor: runs the learner's findViolations over scripted windows of
 * requests and checks the three measures, the severities, the boundaries (exactly at a
 * threshold, an empty window, all errors), targets other than the defaults, and that the
 * caller's array is left alone. Each scenario that comes out wrong is one teaching sentence.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { extremeScenarios, targetScenarios, thresholdScenarios, untouchedInputProblems } from './lib/check-boundaries';
import { availabilityScenarios, errorRateScenarios, percentileScenarios } from './lib/check-measures';
import { scenarioProblems } from './lib/scenario';
import { exportedChecker, requests, violationsFor } from './lib/sla-calls';

export default defineGrader('typescript', (submission) => {
  const find = () => exportedChecker(submission.exports ?? {});

  describe('The monitor', () => {
    it('is exported as findViolations and answers with an array of violations', () => {
      violationsFor(find(), [...requests(9, 200, 50), ...requests(1, 503, 50)], '10 requests, one of them answered 503');
    });
    it('reports nothing for a healthy window', () =>
      expectNoProblems(
        scenarioProblems(find(), [
          { window: '100 requests of 120 ms, all answered 200', samples: requests(100, 200, 120), expected: [], rule: 'Every SLO is met, so there is nothing to report.' },
        ]),
      ));
  });

  describe('Measures', () => {
    it('measures availability from server errors only', () => expectNoProblems(scenarioProblems(find(), availabilityScenarios)));
    it('measures the error rate from every status >= 400', () => expectNoProblems(scenarioProblems(find(), errorRateScenarios)));
    it('measures p95 latency by nearest rank on sorted durations', () => expectNoProblems(scenarioProblems(find(), percentileScenarios)));
  });

  describe('Boundaries', () => {
    it('treats a value exactly at a threshold as meeting it', () => expectNoProblems(scenarioProblems(find(), thresholdScenarios)));
    it('reports nothing for an empty window, and everything for a window of errors', () =>
      expectNoProblems(scenarioProblems(find(), extremeScenarios)));
  });

  describe('Targets', () => {
    it('reads every objective and critical threshold from the targets', () => expectNoProblems(scenarioProblems(find(), targetScenarios)));
    it('leaves the caller\'s array of requests in its order', () => expectNoProblems(untouchedInputProblems(find())));
  });
});
