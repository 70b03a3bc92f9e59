import { describe, expect, it } from 'vitest';
import { isGraderFile } from '../../src/grading/vite-plugin';

describe('graderShimPlugin', () => {
  it.each([
    '/work/app/exercises/api-audit/grader.ts',
    'exercises/resource-links/grader.ts',
    '/work/app/test/exercises/fixtures/slug-maker/grader.ts',
    '/work/app/exercises/api-audit/grader.ts?v=123',
    'C:\\app\\exercises\\api-audit\\grader.ts',
  ])('gives the vitest shim to the grader %s', (file) => {
    expect(isGraderFile(file)).toBe(true);
  });

  it.each([
    '/work/app/test/unit/grading-run.test.ts',
    '/work/app/exercises/api-audit/lib/paths.ts',
    '/work/app/exercises/grader.ts',
    '/work/app/src/grading/run.ts',
    '/work/app/exercises/Not_Kebab/grader.ts',
  ])('leaves %s with the real vitest', (file) => {
    expect(isGraderFile(file)).toBe(false);
  });
});
