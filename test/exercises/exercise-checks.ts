/**
 * What the meta-tests check about one exercise folder, as plain functions, so the
 * same rules run over exercises/, the fixtures, and a freshly scaffolded exercise.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { graderFromModule } from '../../src/grading/define-grader';
import { grade } from '../../src/grading/grade';
import { readExercise, type ExerciseOnDisk } from '../../src/grading/node';
import type { GradeResults } from '../../src/grading/results';

/** Every folder directly under `exercisesDir` (an exercise or a broken attempt at one), sorted. */
export function exerciseFolders(exercisesDir: string): string[] {
  if (!existsSync(exercisesDir)) return [];
  return readdirSync(exercisesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The wrong/ files of a folder, listed without reading exercise.md (collection must not throw). */
export function wrongFileNames(dir: string): string[] {
  const wrongDir = path.join(dir, 'wrong');
  return existsSync(wrongDir) ? readdirSync(wrongDir).filter((name) => !name.startsWith('.')).sort() : [];
}

/** Problems with the "## Hints" section: it must exist and hold an ordered list with at least one hint. */
export function hintProblems(body: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((line) => /^##\s+Hints\s*$/.test(line));
  if (start === -1) return ['exercise.md has no "## Hints" section; add one after the task, with an ordered list (1. 2. 3.) of hints.'];
  const end = lines.findIndex((line, i) => i > start && /^#{1,2}\s/.test(line));
  const section = lines.slice(start + 1, end === -1 ? undefined : end);
  const hints = section.filter((line) => /^\d+\.\s+\S/.test(line));
  return hints.length > 0 ? [] : ['the "## Hints" section has no hints; write them as an ordered list (1. 2. 3.), from a gentle nudge to nearly the answer.'];
}

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

/** One line per check that did not pass: "✗ name: message". */
export function describeFailures(results: GradeResults): string {
  if (results.status === 'error') return `status error: ${results.message}`;
  return results.tests
    .filter((test) => test.status !== 'pass')
    .map((test) => `✗ ${test.name}: ${test.message}`)
    .join('\n');
}

/** Checks that failed without a message a learner could act on. */
export function silentFailures(results: GradeResults): string[] {
  return results.tests.filter((test) => test.status !== 'pass' && !test.message?.trim()).map((test) => test.name);
}

export { readExercise };
