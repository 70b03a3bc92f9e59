import { describe, expect, it } from 'vitest';
import { formatSummary } from '../support/figures-reporter';
import { recordFigures } from '../support/figures';

describe('reliability figures', () => {
  it('adds up figures a test records more than once', (context) => {
    recordFigures(context, { 'requests fuzzed': 3 });
    recordFigures(context, { 'requests fuzzed': 4, 'failures found': 0 });
    expect(context.task.meta.figures).toEqual({ 'requests fuzzed': 7, 'failures found': 0 });
    delete context.task.meta.figures; // keep this test's numbers out of the real summary
  });

  it('counts a failed test that recorded figures as a failure found', () => {
    const summary = formatSummary({ 'attacks tried': 1200, 'failures found': 0 }, ['auth attacks > rejects alg none']);
    expect(summary).toMatch(/attacks tried\s+1,200/);
    expect(summary).toMatch(/failures found\s+1\n/);
    expect(summary).toContain('failed: auth attacks > rejects alg none');
  });
});
