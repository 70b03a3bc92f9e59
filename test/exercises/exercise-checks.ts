/**
 * What the meta-tests check about one exercise folder. The rules live in
 * src/cli/exercise-checks.ts (shared with `npm run check-exercises`); this adds the
 * grader loading that suits vitest, where a plain import() reaches graderShimPlugin.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { graderFromModule } from '../../src/grading/define-grader';
import { grade } from '../../src/grading/grade';
import { readExercise, type ExerciseOnDisk } from '../../src/grading/node';
import type { GradeResults } from '../../src/grading/results';

/** Grades files of one exercise, loading its grader through a plain import (vitest applies graderShimPlugin). */
export function createExerciseGrader(exercise: ExerciseOnDisk) {
  const cache = new Map<string, Promise<GradeResults>>();
  const loadGrader = async () => graderFromModule(await import(/* @vite-ignore */ exercise.graderFile), path.relative(process.cwd(), exercise.graderFile));
  return (file: string): Promise<GradeResults> => {
    let results = cache.get(file);
    if (!results) {
      results = grade(exercise.frontmatter.kind, loadGrader, readFileSync(file, 'utf8'));
      cache.set(file, results);
    }
    return results;
  };
}

export {
  describeFailures,
  exerciseFolders,
  hintProblems,
  scaffoldNoteProblem,
  silentFailures,
  wrongFileNames,
} from '../../src/cli/exercise-checks';
export { readExercise };
