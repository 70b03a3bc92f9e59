import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseReport } from '../../src/cli/exercise-checks';
import { exerciseKinds } from '../../src/content/schema';
import { runCli } from '../exercises/run-cli';

let root: string;
let exercisesDir: string;
let contentDir: string;
let reports: ExerciseReport[];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'cli-new-exercise-'));
  // The folder must be called "exercises" for graderShimPlugin to treat grader.ts as a grader.
  exercisesDir = path.join(root, 'exercises');
  contentDir = path.join(root, 'content');
  await mkdir(contentDir);
  await writeFile(path.join(contentDir, '02-rest.md'), '---\nchapter: 2\ntitle: REST\nsummary: Resources and methods, briefly.\nminutes: 5\n---\n\n## Resources\n');
  for (const kind of exerciseKinds) {
    const run = await runCli('new-exercise', [`fresh-${kind}`, '--kind', kind, '--chapter', '2', '--exercises', exercisesDir]);
    expect(run.code, run.stderr).toBe(0);
  }
  const check = await runCli('check-exercises', ['--json', '--exercises', exercisesDir, '--content', contentDir]);
  expect(check.code, check.stderr).toBe(1);
  reports = JSON.parse(check.stdout) as ExerciseReport[];
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a scaffold from npm run new-exercise, run through check-exercises', () => {
  it.each(exerciseKinds)('has valid frontmatter (with section) and a grader that runs for --kind %s', (kind) => {
    const report = reports.find((r) => r.id === `fresh-${kind}`);
    // starter 'ok': the example check fails the starter with a message, so the grader loads and runs.
    expect(report).toMatchObject({ kind, chapter: 2, frontmatter: 'ok', files: 'ok', starter: 'ok' });
  });

  it.each(exerciseKinds)('fails for --kind %s, telling the author each thing left to write', (kind) => {
    const report = reports.find((r) => r.id === `fresh-${kind}`)!;
    expect(report).toMatchObject({ solution: 'fail', hints: 'fail', wrong: '0/2', listed: 'fail', result: 'fail' });
    const problems = report.problems.join('\n');
    expect(problems).toContain('the solution is still a copy of the starter; write the reference solution.');
    expect(problems).toContain('exercise.md still has <!-- new-exercise: ... --> notes; write the task and hints and delete the notes.');
    expect(problems).toContain('wrong/first-mistake');
    expect(problems).toContain('is a copy of the starter; make it a plausible mistake.');
    expect(problems).toContain(`no chapter lists "fresh-${kind}"; add it to exercises: in the frontmatter of chapter 2 in content/.`);
    expect(problems).toMatch(/"section: replace-with-the-heading-slug-it-practises" is not a heading of .*02-rest\.md; use the anchor of the heading this exercise practises, one of: resources\./);
  });
});
