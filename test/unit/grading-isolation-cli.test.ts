/**
 * `npm run grade` runs the submission in a worker thread whose global scope is locked
 * once the grader has loaded: routes around the submission's module scope (code built
 * from strings, process members, the network) are blocked and reported there too.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeResults } from '../../src/grading/results';
import { recordFigures } from '../support/figures';
import { runCli } from '../exercises/run-cli';

const timeout = 60_000;
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'grade-isolation-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

// Each attempt runs while the file loads, after the lock (which comes once the grader has loaded).
const attempts = {
  Function: `(function () {}).constructor('return import("node:fs")')()`,
  eval: `(0, eval)('globalThis.process.getBuiltinModule("node:fs")')`,
  setTimeout: `setTimeout('globalThis.pwned = 1', 0)`,
} as const;

const exercise = 'resource-links';

async function gradeAttempt(name: string, attempt: string, extra: string[] = []): Promise<GradeResults> {
  const file = path.join(scratch, `${name.replace(/\W/g, '-')}.ts`);
  const starter = await readFile(`exercises/${exercise}/starter.ts`, 'utf8');
  await writeFile(file, `${starter}\ntry { ${attempt}; } catch {}\n`);
  const run = await runCli('grade', [exercise, file, '--json', ...extra]);
  expect(run.stdout, run.stderr).not.toBe('');
  return JSON.parse(run.stdout) as GradeResults;
}

describe('npm run grade locks the worker thread before learner code runs', { timeout }, () => {
  it('reports code built from strings (Function, eval, string timers) instead of running it', async (context) => {
    for (const name of ['Function', 'eval', 'setTimeout'] as const) {
      const results = await gradeAttempt(name, attempts[name]);
      expect(results).toMatchObject({ version: 3, status: 'error', tests: [] });
      expect(results.message).toContain(`tried to use \`${name}\``);
      recordFigures(context, { 'isolation attempts reported': 1 });
    }
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('stops a submission that loops forever at the time limit, with a message', async () => {
    const started = Date.now();
    const results = await gradeAttempt('loop', 'while (true) {}', ['--time-limit', '1']);
    expect(results).toMatchObject({ version: 3, status: 'error', tests: [] });
    expect(results.message).toMatch(/stopped after 1 second/);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
