import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/cli/csv';
import { createProgressFile, serializeProgressFile } from '../../src/progress/export';
import type { ExerciseProgress } from '../../src/progress/schema';
import type { GradeResults } from '../../src/grading/results';
import { runCli } from '../exercises/run-cli';

const timeout = 90_000;
let dir: string;

const ranOnce: GradeResults = {
  version: 3,
  status: 'pass',
  message: null,
  tests: [{ name: 'a check', status: 'pass', message: null, output: null, task_id: null }],
};

function entry(state: ExerciseProgress['state'], text: string): ExerciseProgress {
  const ran = state !== 'not_started';
  return {
    state,
    text,
    attempts: ran ? 2 : 0,
    lastResults: ran ? ranOnce : null,
    lastGradedAt: ran ? '2026-11-20T10:00:00.000Z' : null,
    solutionShown: false,
    undoText: null,
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
}

const exerciseFile = (id: string, name: string) => readFileSync(path.resolve('exercises', id, name), 'utf8');

async function writeProgress(name: string, entries: Record<string, ExerciseProgress>): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, serializeProgressFile(createProgressFile(entries, new Date('2026-11-21T09:00:00Z'))));
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'grade-progress-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run grade-progress', { timeout }, () => {
  it('verifies passed claims whose saved text passes and exits 0', async () => {
    const file = await writeProgress('grace.json', {
      'api-audit': entry('passed', exerciseFile('api-audit', 'solution.yaml')),
      'order-schema': entry('in_progress', exerciseFile('order-schema', 'starter.graphql')),
      'resource-links': entry('not_started', ''),
    });
    const run = await runCli('grade-progress', [file]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^grace \(.*grace\.json, exported 2026-11-21T09:00:00\.000Z\): 1 exercise pass when re-graded$/m);
    expect(run.stdout).toMatch(/^api-audit\s+passed\s+1\/1\s+(\d+)\/\1\s+verified$/m);
    expect(run.stdout).toMatch(/^order-schema\s+in_progress\s+1\/1\s+\d+\/\d+\s+fails, as claimed$/m);
    expect(run.stdout).toMatch(/^resource-links\s+not_started\s+-\s+-\s+not started$/m);
  });

  it('exits 1 and says why when a passed claim fails on re-grading', async () => {
    const file = await writeProgress('alan.json', { 'resource-links': entry('passed', exerciseFile('resource-links', 'starter.ts')) });
    const run = await runCli('grade-progress', [file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^resource-links\s+passed\s+1\/1\s+\d+\/\d+\s+NOT VERIFIED$/m);
    expect(run.stdout).toMatch(/^ {2}resource-links: .+/m);
    expect(run.stdout).toContain('Claimed "passed" but failing now: alan/resource-links.');
  });

  it('stops a saved submission that never ends, reports it as an error and grades the next one', async () => {
    const looping = `${exerciseFile('resource-links', 'solution.ts')}\nwhile (true) {}\n`;
    const file = await writeProgress('loop.json', {
      'resource-links': entry('passed', looping),
      'token-bucket': entry('passed', exerciseFile('token-bucket', 'solution.ts')),
    });
    const run = await runCli('grade-progress', [file, '--time-limit', '2']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('resource-links: Grading was stopped after 2 seconds');
    expect(run.stdout).toMatch(/^token-bucket\s+passed\s+1\/1\s+(\d+)\/\1\s+verified$/m);
  });

  it('writes one quoted CSV row per learner × exercise for several files', async () => {
    const first = await writeProgress('ada, "the first".json', { 'api-audit': entry('passed', exerciseFile('api-audit', 'solution.yaml')) });
    const second = await writeProgress('=cmd.json', {
      'api-audit': entry('in_progress', exerciseFile('api-audit', 'starter.yaml')),
      'no-longer-here': entry('passed', 'anything'),
    });
    const csvFile = path.join(dir, 'out.csv');
    const run = await runCli('grade-progress', [first, second, '--csv', csvFile]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('3 rows (one per learner × exercise)');
    const lines = readFileSync(csvFile, 'utf8').split('\r\n');
    expect(lines[0]).toBe('learner,file,exercise,claimed_state,claimed_checks,verified_status,checks_passed,checks_total,verdict,attempts,solution_shown,updated_at,detail');
    expect(lines[1]).toMatch(/^"ada, ""the first""","[^"]*ada, ""the first"".json",api-audit,passed,1\/1,pass,(\d+),\1,verified,2,false,2026-11-20T10:00:00.000Z,$/);
    expect(lines[2]).toMatch(/^'=cmd,.*,api-audit,in_progress,1\/1,fail,\d+,\d+,consistent,2,false,/);
    expect(lines[3]).toMatch(/^'=cmd,.*,no-longer-here,passed,1\/1,,,,unknown-exercise,2,false,.*there is no exercise ""no-longer-here""/);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });

  it('names every field at fault in a file that is not a progress export, and exits 2', async () => {
    const file = path.join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ format: 'api-design-workbench-progress', version: 1, exportedAt: 'yesterday', exercises: {} }));
    const run = await runCli('grade-progress', [file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.json is not a progress export this tool can read');
    expect(run.stderr).toContain('exportedAt: expected an ISO 8601 UTC time');
  });

  it('exits 2 with the usage when no file is given', async () => {
    const run = await runCli('grade-progress', []);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Give at least one progress file');
  });
});

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('keeps a formula-like text from running in a spreadsheet', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@sum')).toBe("'@sum");
  });

  it('writes numbers, booleans and null as plain cells', () => {
    expect(toCsv(['n', 'b', 'x'], [[-1, false, null]])).toBe('n,b,x\r\n-1,false,\r\n');
  });
});
