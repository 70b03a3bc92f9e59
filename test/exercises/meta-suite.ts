/**
 * The exercise meta-tests, as a suite that runs over any folder of exercises: every
 * exercise is checked the same way (as hono runs one suite against every router).
 * The solution must pass, the starter and every wrong/ file must fail, and every
 * failing check must say why.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindExtension } from '../../src/content/schema';
import type { ExerciseOnDisk } from '../../src/grading/node';
import {
  createExerciseGrader,
  describeFailures,
  exerciseFolders,
  hintProblems,
  readExercise,
  scaffoldNoteProblem,
  silentFailures,
  wrongFileNames,
} from './exercise-checks';

// Grading loads each grader (and its tooling) once; allow a slow, shared machine.
const gradingTimeout = 30_000;

/** Registers the meta-tests for every folder in `exercisesDir`. */
export function describeExercises(exercisesDir: string): void {
  for (const folder of exerciseFolders(exercisesDir)) {
    describe(folder, () => {
      const dir = path.join(exercisesDir, folder);
      let loaded: Promise<ExerciseOnDisk> | undefined;
      const exercise = () => (loaded ??= readExercise(dir));
      let grader: ReturnType<typeof createExerciseGrader> | undefined;
      const gradeFile = async (file: string) => (grader ??= createExerciseGrader(await exercise()))(file);

      it('has valid frontmatter whose id is the folder name', async () => {
        await expect(exercise()).resolves.toMatchObject({ id: folder });
      });

      it('has a "## Hints" section with at least one hint', async () => {
        expect(hintProblems((await exercise()).body)).toEqual([]);
      });

      it('has no scaffold notes left in exercise.md', async () => {
        expect(scaffoldNoteProblem((await exercise()).body)).toBeNull();
      });

      it('has a starter, a solution and a grader.ts', async () => {
        const { starterFile, solutionFile, graderFile } = await exercise();
        const missing = [starterFile, solutionFile, graderFile].filter((file) => !existsSync(file)).map((file) => path.basename(file));
        expect(missing, `missing in ${folder}/: ${missing.join(', ')}`).toEqual([]);
      });

      it('passes the solution', { timeout: gradingTimeout }, async () => {
        const { starterFile, solutionFile } = await exercise();
        const isCopy = readFileSync(solutionFile, 'utf8') === readFileSync(starterFile, 'utf8');
        expect(isCopy, 'the solution is still a copy of the starter; write the reference solution.').toBe(false);
        const results = await gradeFile(solutionFile);
        expect(results.status, `the solution must pass every check:\n${describeFailures(results)}`).toBe('pass');
      });

      it('fails the starter, saying why', { timeout: gradingTimeout }, async () => {
        const results = await gradeFile((await exercise()).starterFile);
        expect(results.status, 'the starter must fail at least one check (it is where the learner begins).').not.toBe('pass');
        expect(silentFailures(results), 'every failing check needs a message that says what to fix').toEqual([]);
      });

      it('has at least two wrong submissions', async () => {
        const { frontmatter, wrongFiles } = await exercise();
        expect(wrongFiles.length, `add at least two plausible wrong submissions as wrong/*.${kindExtension[frontmatter.kind]}`).toBeGreaterThanOrEqual(2);
      });

      for (const name of wrongFileNames(dir)) {
        it(`fails wrong/${name}, saying why`, { timeout: gradingTimeout }, async () => {
          const { starterFile, frontmatter } = await exercise();
          const file = path.join(dir, 'wrong', name);
          expect(name.endsWith(`.${kindExtension[frontmatter.kind]}`), `wrong/${name} should end in .${kindExtension[frontmatter.kind]} for a ${frontmatter.kind} exercise`).toBe(true);
          const isCopy = readFileSync(file, 'utf8') === readFileSync(starterFile, 'utf8');
          expect(isCopy, `wrong/${name} is a copy of the starter; make it a plausible mistake.`).toBe(false);
          const results = await gradeFile(file);
          expect(results.status, `wrong/${name} must fail at least one check, but every check passed.`).not.toBe('pass');
          expect(silentFailures(results), 'every failing check needs a message that says what to fix').toEqual([]);
        });
      }
    });
  }
}

