/**
 * Every exercise's grader, fed garbage: each run must end with results in the Exercism
 * v3 shape, fail or error with messages, never pass and never throw, within a time
 * limit, and leave Object.prototype as it was. Inputs: grader-fuzz-inputs.ts.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GradeResults } from '../../src/grading/results';
import { runCli, type CliRun } from '../exercises/run-cli';
import { recordFigures } from '../support/figures';
import { fuzzRun, fuzzTargets, garbageOutcomeProblems, prototypePolluted, type FuzzTarget } from './grader-fuzz-harness';
import { exerciseCase, kindCases, loopsForever, neverSettles } from './grader-fuzz-inputs';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_124);
// Per exercise; every exercise is fuzzed, so the total is this times the number of exercises.
const RUNS_PER_EXERCISE = Number(process.env.FUZZ_RUNS ?? 3);

let targets: FuzzTarget[];
let scratch: string;
let typescriptTarget: FuzzTarget | undefined;
// The two slow cases wait on timers or another process, so they start first and run
// while the fuzzing below keeps the CPU busy.
let neverSettled: Promise<GradeResults> | undefined;
let loopRun: Promise<{ run: CliRun; ms: number }> | undefined;
beforeAll(async () => {
  targets = await fuzzTargets(path.resolve('exercises'));
  scratch = await mkdtemp(path.join(tmpdir(), 'grader-fuzz-'));
  typescriptTarget = targets.find((candidate) => candidate.kind === 'typescript');
  if (!typescriptTarget) return;
  neverSettled = typescriptTarget.grade(neverSettles);
  const file = path.join(scratch, 'loops-forever.ts');
  await writeFile(file, loopsForever);
  const started = Date.now();
  loopRun = runCli('grade', [typescriptTarget.id, file, '--json', '--time-limit', '1']).then((run) => ({ run, ms: Date.now() - started }));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('grader fuzz', () => {
  it('ends every run on random text, random bytes and truncated solutions with fail or error, never pass or throw', { timeout: 60_000 }, async (context) => {
    const failures: string[] = [];
    let runs = 0;
    for (const target of targets) {
      await fc.assert(
        fc.asyncProperty(exerciseCase(target.solution), async ({ label, text }) => {
          runs += 1;
          const { problems } = await fuzzRun(target, text);
          if (problems.length > 0) failures.push(`${target.id} / ${label}: ${problems.join('; ')} — text starts ${JSON.stringify(text.slice(0, 80))}`);
        }),
        { numRuns: RUNS_PER_EXERCISE, seed: SEED, interruptAfterTimeLimit: 10_000 },
      );
    }
    recordFigures(context, { 'grader runs fuzzed': runs, 'failures found': failures.length });
    expect(targets.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    expect(prototypePolluted(), 'a fuzzed key reached Object.prototype').toBe(false);
  });

  it('ends huge, deeply nested and prototype-polluting inputs of every kind with fail or error', { timeout: 60_000 }, async (context) => {
    const failures: string[] = [];
    let runs = 0;
    // One exercise per kind: these cases stress the parser of the kind, which all its exercises share.
    const byKind = new Map(targets.map((target) => [target.kind, target]));
    for (const target of byKind.values()) {
      for (const { label, text } of kindCases(target.kind, target.solution)) {
        runs += 1;
        const { problems, ms } = await fuzzRun(target, text);
        if (problems.length > 0) failures.push(`${target.id} (${target.kind}) / ${label}: ${problems.join('; ')} after ${Math.round(ms)} ms`);
      }
    }
    recordFigures(context, { 'grader runs fuzzed': runs, 'failures found': failures.length });
    expect(failures).toEqual([]);
    expect(prototypePolluted(), 'a fuzzed key reached Object.prototype').toBe(false);
  });

  it('ends a TypeScript module that never settles with an error naming the cause', { timeout: 30_000 }, async (context) => {
    if (!neverSettled) return;
    const results = await neverSettled;
    recordFigures(context, { 'grader runs fuzzed': 1, 'failures found': garbageOutcomeProblems(results).length });
    expect(garbageOutcomeProblems(results)).toEqual([]);
    expect(results.message).toMatch(/did not finish loading/);
  });

  it('stops a TypeScript module that loops forever at the time limit of npm run grade', { timeout: 60_000 }, async (context) => {
    if (!loopRun) return;
    const { run, ms } = await loopRun;
    const results = JSON.parse(run.stdout || 'null') as GradeResults;
    recordFigures(context, { 'grader runs fuzzed': 1, 'failures found': results ? garbageOutcomeProblems(results).length : 1 });
    expect(run.code, run.stderr).toBe(1);
    expect(garbageOutcomeProblems(results)).toEqual([]);
    expect(results.message).toMatch(/stopped after 1 second/);
    expect(ms).toBeLessThan(40_000);
  });
});
