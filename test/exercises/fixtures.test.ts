/**
 * The meta-test suite run over the fixture exercises (one per kind): keeps the suite
 * itself honest and the runtime covered even before exercises/ has anything in it.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listExerciseIds } from '../../src/grading/node';
import { describeExercises } from './meta-suite';

const fixturesDir = path.resolve('test/exercises/fixtures');

describe('fixture exercises', () => {
  it('cover every kind of exercise', async () => {
    expect(await listExerciseIds(fixturesDir)).toEqual(['error-envelope', 'plural-collections', 'slug-maker', 'status-enum', 'versioned-package']);
  });
});

describeExercises(fixturesDir);
