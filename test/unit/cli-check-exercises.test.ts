import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExerciseReport } from '../../src/cli/exercise-checks';
import { runCli } from '../exercises/run-cli';

const timeout = 90_000;
let root: string;
let exercisesDir: string;
let contentDir: string;

// A copy of a fixture exercise in a temp exercises/ folder, with its grader import made absolute.
function copyFixture(id: string, as: string): string {
  const dir = path.join(exercisesDir, as);
  cpSync(path.resolve('test/exercises/fixtures', id), dir, { recursive: true });
  const grader = path.join(dir, 'grader.ts');
  writeFileSync(grader, readFileSync(grader, 'utf8').replace(/'[./]+\/src\/grading\/define-grader'/, `'${path.resolve('src/grading/define-grader')}'`));
  const markdown = path.join(dir, 'exercise.md');
  let text = readFileSync(markdown, 'utf8').replace(`id: ${id}`, `id: ${as}`);
  if (!/^section:/m.test(text)) text = text.replace(/^chapter: (\d+)$/m, 'chapter: $1\nsection: making-slugs');
  writeFileSync(markdown, text);
  return dir;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'check-exercises-'));
  // The folder must be called "exercises" for graderShimPlugin to treat grader.ts as a grader.
  exercisesDir = path.join(root, 'exercises');
  contentDir = path.join(root, 'content');
  copyFixture('slug-maker', 'good-slugs');
  const broken = copyFixture('slug-maker', 'broken-slugs');
  // One wrong submission that is really right, so it passes: the checker must flag it.
  cpSync(path.join(broken, 'solution.ts'), path.join(broken, 'wrong', 'only-lowercase.ts'));
  await mkdir(contentDir);
  writeFileSync(
    path.join(contentDir, '01-slugs.md'),
    '---\nchapter: 1\ntitle: Slugs\nsummary: Making URL slugs from titles.\nminutes: 5\nexercises: [good-slugs]\n---\n\n## Making slugs\n',
  );
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('npm run check-exercises', { timeout }, () => {
  it('prints a passing row for each exercise named and exits 0', async () => {
    const run = await runCli('check-exercises', ['api-audit', 'order-schema']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^exercise\s+kind\s+chapter\s+solution\s+starter\s+wrong\s+hints\s+listed\s+result$/);
    expect(lines.find((line) => line.startsWith('order-schema'))).toMatch(/^order-schema\s+graphql\s+3\s+✓\s+✓\s+5\/5\s+✓\s+✓\s+pass$/);
    expect(run.stdout).toContain('2 of 2 exercises pass.');
  });

  it('fails an exercise whose wrong submission passes, or that no chapter lists, naming what to fix', async () => {
    const run = await runCli('check-exercises', ['--exercises', exercisesDir, '--content', contentDir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^good-slugs\s+typescript\s+1\s+✓\s+✓\s+2\/2\s+✓\s+✓\s+pass$/m);
    expect(run.stdout).toMatch(/^broken-slugs\s+typescript\s+1\s+✓\s+✓\s+1\/2\s+✓\s+✗\s+FAIL$/m);
    expect(run.stdout).toContain('  - wrong/only-lowercase.ts must fail at least one check, but every check passed; add the check that catches this mistake');
    expect(run.stdout).toContain('broken-slugs:\n  - no chapter lists "broken-slugs"; add it to exercises: in the frontmatter of chapter 1');
    expect(run.stdout).toContain('1 of 2 exercises pass; fix: broken-slugs.');
  });

  it('checks only the ids given and reports as JSON with --json', async () => {
    const run = await runCli('check-exercises', ['good-slugs', '--json', '--exercises', exercisesDir, '--content', contentDir]);
    expect(run.code).toBe(0);
    const reports = JSON.parse(run.stdout) as ExerciseReport[];
    expect(reports).toEqual([
      expect.objectContaining({ id: 'good-slugs', kind: 'typescript', chapter: 1, solution: 'ok', starter: 'ok', wrong: '2/2', hints: 'ok', listed: 'ok', result: 'pass', problems: [] }),
    ]);
  });

  it('reports invalid frontmatter as a failing row instead of stopping', async () => {
    const dir = copyFixture('slug-maker', 'bad-frontmatter');
    const markdown = path.join(dir, 'exercise.md');
    writeFileSync(markdown, readFileSync(markdown, 'utf8').replace('kind: typescript', 'kind: typescript\nlevel: 3'));
    const run = await runCli('check-exercises', ['bad-frontmatter', '--json', '--exercises', exercisesDir, '--content', contentDir]);
    expect(run.code).toBe(1);
    const [report] = JSON.parse(run.stdout) as ExerciseReport[];
    expect(report).toMatchObject({ id: 'bad-frontmatter', frontmatter: 'fail', result: 'fail' });
    expect(report!.problems.join('\n')).toContain('frontmatter field "level" is not one this file can have');
  });

  it('exits 2 naming the known exercises when an id does not exist', async () => {
    const run = await runCli('check-exercises', ['no-such-exercise', '--exercises', exercisesDir, '--content', contentDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('There is no exercise folder "no-such-exercise"');
    expect(run.stderr).toContain('good-slugs');
  });
});
