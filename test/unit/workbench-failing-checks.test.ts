import { describe, expect, it } from 'vitest';
import { failingStops, locationInMessage, nextStop, orderedChecks } from '../../src/workbench/failing-checks';
import type { CheckResult, GradeResults } from '../../src/grading/results';

const check = (name: string, status: CheckResult['status'], message: string | null = null): CheckResult => ({ name, status, message, output: null, task_id: 1 });
const results = (tests: CheckResult[], over: Partial<GradeResults> = {}): GradeResults => ({
  version: 3,
  status: tests.every((t) => t.status === 'pass') ? 'pass' : 'fail',
  message: null,
  tests,
  ...over,
});

describe('orderedChecks', () => {
  it('puts failures first and keeps grader order within each group', () => {
    const ordered = orderedChecks(results([check('a', 'pass'), check('b', 'fail'), check('c', 'pass'), check('d', 'error')]));
    expect(ordered.map((c) => c.name)).toEqual(['b', 'd', 'a', 'c']);
  });
});

describe('locationInMessage', () => {
  it('reads a line and column named in prose', () => {
    expect(locationInMessage('Line 4, column 3: expected a mapping')).toEqual({ line: 4, column: 3 });
    expect(locationInMessage('the path on line 12 uses a verb')).toEqual({ line: 12, column: 1 });
  });

  it('finds nothing when no line is named', () => {
    expect(locationInMessage('GET /users must answer 200')).toBeNull();
    expect(locationInMessage(null)).toBeNull();
    expect(locationInMessage('line 0 is not a line')).toBeNull();
  });
});

describe('failingStops and nextStop', () => {
  it('stops at a parse error first, with its location, then at each failing check in panel order', () => {
    const graded = results([], { status: 'error', message: 'bad YAML', location: { line: 3, column: 9 } });
    expect(failingStops(graded)).toEqual([{ elementId: 'results-error', location: { line: 3, column: 9 } }]);

    const mixed = failingStops(results([check('ok', 'pass'), check('x', 'fail', 'see line 7'), check('y', 'fail', 'no place')]));
    expect(mixed).toEqual([
      { elementId: 'check-0', location: { line: 7, column: 1 } },
      { elementId: 'check-1', location: null },
    ]);
  });

  it('has no stops when everything passed or nothing ran', () => {
    expect(failingStops(results([check('ok', 'pass')]))).toEqual([]);
    expect(failingStops(null)).toEqual([]);
    expect(nextStop([], null)).toBeNull();
  });

  it('moves to the stop after the focused one and wraps around', () => {
    const stops = failingStops(results([check('x', 'fail'), check('y', 'fail'), check('z', 'fail')]));
    expect(nextStop(stops, null)?.elementId).toBe('check-0');
    expect(nextStop(stops, 'check-0')?.elementId).toBe('check-1');
    expect(nextStop(stops, 'check-2')?.elementId).toBe('check-0');
    expect(nextStop(stops, 'some-other-element')?.elementId).toBe('check-0');
  });
});
