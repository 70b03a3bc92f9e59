/**
 * Meta-tests for every exercise in exercises/: no registration, adding a folder is
 * enough. See meta-suite.ts for what each exercise must satisfy.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listExerciseIds } from '../../src/grading/node';
import { exerciseFolders } from './exercise-checks';
import { describeExercises } from './meta-suite';

const exercisesDir = path.resolve('exercises');

describe('exercises/', () => {
  it('holds only exercise folders (each with an exercise.md)', async () => {
    // A folder without exercise.md would be invisible to the app and the CLI.
    expect(await listExerciseIds(exercisesDir)).toEqual(exerciseFolders(exercisesDir));
  });
});

// With no exercises yet this registers nothing; the fixtures suite still runs the same checks.
describeExercises(exercisesDir);
