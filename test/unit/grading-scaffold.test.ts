import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldNote } from '../../src/cli/exercise-templates';
import { kindExtension } from '../../src/content/schema';
import { readExercise } from '../../src/grading/node';
import { createExerciseGrader, hintProblems } from '../exercises/exercise-checks';
import { runCli } from '../exercises/run-cli';

const timeout = 60_000;
let exercisesDir: string;

beforeAll(async () => {
  // The folder must be called "exercises" for graderShimPlugin to treat grader.ts as a grader.
  exercisesDir = path.join(await mkdtemp(path.join(tmpdir(), 'new-exercise-')), 'exercises');
});
afterAll(async () => {
  await rm(path.dirname(exercisesDir), { recursive: true, force: true });
});

describe('npm run new-exercise', { timeout }, () => {
  describe.each(['openapi', 'typescript', 'json', 'graphql', 'proto'] as const)('with --kind %s', (kind) => {
    const id = `scaffolded-${kind}`;
    const dir = () => path.join(exercisesDir, id);

    it('creates the exercise folder and prints the next steps', async () => {
      const run = await runCli('new-exercise', [id, '--kind', kind, '--chapter', '3', '--exercises', exercisesDir]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Next:');
      const ext = kindExtension[kind];
      for (const file of ['exercise.md', `starter.${ext}`, `solution.${ext}`, 'grader.ts', `wrong/first-mistake.${ext}`, `wrong/second-mistake.${ext}`]) {
        expect(existsSync(path.join(dir(), file)), file).toBe(true);
      }
    });

    it('writes valid frontmatter and an ordered hint list', async () => {
      const exercise = await readExercise(dir());
      expect(exercise.frontmatter).toMatchObject({ id, kind, chapter: 3 });
      expect(hintProblems(exercise.body)).toEqual([]);
    });

    it('leaves what the meta-tests reject until the author fills it in', async () => {
      const exercise = await readExercise(dir());
      expect(exercise.body).toContain(scaffoldNote);
      expect(readFileSync(exercise.solutionFile, 'utf8')).toBe(readFileSync(exercise.starterFile, 'utf8'));
      const gradeFile = createExerciseGrader(exercise);
      const starter = await gradeFile(exercise.starterFile);
      expect(starter.status).toBe('fail');
      expect(starter.tests.filter((test) => test.status !== 'pass').every((test) => test.message)).toBe(true);
      expect((await gradeFile(exercise.solutionFile)).status).not.toBe('pass');
    });
  });

  it('refuses an id that already exists', async () => {
    await runCli('new-exercise', ['taken-id', '--exercises', exercisesDir]);
    const run = await runCli('new-exercise', ['taken-id', '--exercises', exercisesDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('already exists');
  });

  it('refuses an id that is not kebab-case', async () => {
    const run = await runCli('new-exercise', ['Rate_Limits', '--exercises', exercisesDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('"Rate_Limits" is not a valid exercise id: use kebab-case');
    expect(existsSync(path.join(exercisesDir, 'Rate_Limits'))).toBe(false);
  });
});
