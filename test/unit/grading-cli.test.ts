import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeResults } from '../../src/grading/results';
import { runCli } from '../exercises/run-cli';

// Each run starts Node, tsx and Vite; on a shared machine that takes a few seconds.
const timeout = 60_000;
const fixtures = ['--exercises', 'test/exercises/fixtures'];
const slugDir = 'test/exercises/fixtures/slug-maker';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'grade-cli-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('npm run grade', { timeout }, () => {
  it('exits 0 and closes with "N passed, 0 failed" when every check passes', async () => {
    const run = await runCli('grade', [...fixtures, 'slug-maker', `${slugDir}/solution.ts`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('✓ slugify > is exported as a function');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('5 passed, 0 failed');
  });

  it('exits 1, marks failures with ✗ and indents their messages', async () => {
    const run = await runCli('grade', [...fixtures, 'slug-maker', `${slugDir}/starter.ts`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ slugify > turns "Hello World" into "hello-world"\n    slugify("Hello World") should give "hello-world".');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('1 passed, 4 failed');
  });

  it('prints only the results JSON with --json', async () => {
    const run = await runCli('grade', [...fixtures, 'plural-collections', 'test/exercises/fixtures/plural-collections/wrong/post-answers-200.yaml', '--json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as GradeResults;
    expect(results).toMatchObject({ version: 3, status: 'fail', message: null });
    expect(results.tests.map((test) => [test.name, test.status, test.task_id])).toEqual([
      ['Resources > names collections with plural nouns', 'pass', 1],
      ['Creation > answers POST on a collection with 201 Created', 'fail', 2],
    ]);
  });

  it('fails the check, not the whole run, when the code leaves a rejected promise unhandled', async () => {
    const file = path.join(scratch, 'forgot-await.ts');
    const solution = await readFile(`${slugDir}/solution.ts`, 'utf8');
    // The same correct slugify, plus a background save whose failure nobody awaits.
    await writeFile(file, solution.replace(/export function slugify\(([^)]*)\)([^{]*)\{/, (all) => `${all}\n  void Promise.reject(new Error('disk full'));`));
    const run = await runCli('grade', [...fixtures, 'slug-maker', file, '--json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as GradeResults;
    const failed = results.tests.filter((test) => test.status === 'fail');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed[0].message).toContain('rejected promise unhandled ("disk full")');
  });

  it('exits 1 with the file, line and column when the text cannot be read', async () => {
    const file = path.join(scratch, 'broken.json');
    await writeFile(file, '{\n  "error": {\n    "code": "x"\n    "message": "y"\n  }\n}\n');
    const run = await runCli('grade', [...fixtures, 'error-envelope', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`✗ ${file}:4:5\n    This is not valid JSON on line 4, column 5`);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('0 passed, 0 failed');
  });

  it('stops a submission that never ends at the time limit', async () => {
    const file = path.join(scratch, 'endless.ts');
    await writeFile(file, 'export function slugify(title: string): string {\n  while (true) {}\n}\n');
    const run = await runCli('grade', [...fixtures, 'slug-maker', file, '--time-limit', '1', '--json']);
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout) as GradeResults;
    expect(results.status).toBe('error');
    expect(results.message).toMatch(/^Grading was stopped after 1 second: .*endless loop/);
  });

  it('exits 2 and lists the exercises when the id is unknown', async () => {
    const run = await runCli('grade', [...fixtures, 'no-such-exercise', `${slugDir}/solution.ts`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('There is no exercise "no-such-exercise". Exercises: error-envelope, plural-collections, slug-maker, status-enum, versioned-package.');
  });

  it('exits 2 when the file does not exist', async () => {
    const run = await runCli('grade', [...fixtures, 'slug-maker', 'nowhere/answer.ts']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/There is no file .*nowhere\/answer\.ts/);
  });
});
