/**
 * Runs one exercise's grader on one text the way `npm run grade` does (grade() from
 * src/grading, graders loaded through graderShimPlugin, which vitest applies to a plain
 * import), under a time limit, and says what is wrong with the outcome, if anything.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { kindExtension, type ExerciseKind } from '../../src/content/schema';
import { graderFromModule, type Grader } from '../../src/grading/define-grader';
import { grade } from '../../src/grading/grade';
import { listExerciseIds } from '../../src/grading/node';
import type { GradeResults } from '../../src/grading/results';

export interface FuzzTarget {
  id: string;
  kind: ExerciseKind;
  solution: string;
  grade(text: string): Promise<GradeResults>;
}

/** Longest a single fuzzed run may take before it counts as a failure. */
export const runLimitMs = 8000;

// The kind is read from the frontmatter line alone: the fuzz must not depend on the
// rest of the frontmatter, which other work may be changing.
async function kindOf(markdownFile: string): Promise<ExerciseKind> {
  const kind = /^kind:\s*(\w+)\s*$/m.exec(await readFile(markdownFile, 'utf8'))?.[1];
  if (!kind || !(kind in kindExtension)) throw new Error(`${markdownFile} has no kind the grader knows`);
  return kind as ExerciseKind;
}

/** Every exercise folder under `exercisesDir`, ready to grade texts. */
export async function fuzzTargets(exercisesDir: string): Promise<FuzzTarget[]> {
  const ids = await listExerciseIds(exercisesDir);
  return Promise.all(
    ids.map(async (id) => {
      const dir = path.join(exercisesDir, id);
      const kind = await kindOf(path.join(dir, 'exercise.md'));
      const solution = await readFile(path.join(dir, `solution.${kindExtension[kind]}`), 'utf8');
      let loaded: Promise<Grader> | undefined;
      const loadGrader = () => (loaded ??= import(/* @vite-ignore */ path.join(dir, 'grader.ts')).then((module) => graderFromModule(module, `${id}/grader.ts`)));
      return { id, kind, solution, grade: (text: string) => grade(kind, loadGrader, text) };
    }),
  );
}

const statuses = new Set(['pass', 'fail', 'error']);

/** What is wrong with `results` as the Exercism v3 shape (empty when nothing). */
export function shapeProblems(results: unknown): string[] {
  if (typeof results !== 'object' || results === null) return ['results are not an object'];
  const r = results as Record<string, unknown>;
  const problems: string[] = [];
  if (r.version !== 3) problems.push(`version is ${String(r.version)}, not 3`);
  if (!statuses.has(r.status as string)) problems.push(`status is ${String(r.status)}`);
  if (!(r.message === null || typeof r.message === 'string')) problems.push('message is neither null nor a string');
  if (!Array.isArray(r.tests)) return [...problems, 'tests is not an array'];
  for (const [index, test] of (r.tests as Record<string, unknown>[]).entries()) {
    if (typeof test.name !== 'string' || !statuses.has(test.status as string)) problems.push(`tests[${index}] has no name or status`);
    if (!(test.message === null || typeof test.message === 'string')) problems.push(`tests[${index}].message is not null or a string`);
    if (!(test.output === null || typeof test.output === 'string')) problems.push(`tests[${index}].output is not null or a string`);
    if (!(test.task_id === null || Number.isInteger(test.task_id))) problems.push(`tests[${index}].task_id is not null or an integer`);
  }
  return problems;
}

/** Why an outcome for garbage is wrong: a pass, a bad shape, or a failure that says nothing. */
export function garbageOutcomeProblems(results: GradeResults): string[] {
  const problems = shapeProblems(results);
  if (results.status === 'pass') problems.push('garbage passed');
  if (results.status === 'error' && !results.message?.trim()) problems.push('error without a message');
  if (results.status === 'fail') {
    const failed = results.tests.filter((test) => test.status !== 'pass');
    if (failed.length === 0) problems.push('status fail but every check passed');
    if (failed.some((test) => !test.message?.trim())) problems.push('a failed check has no message');
  }
  return problems;
}

export interface Outcome {
  problems: string[];
  ms: number;
}

/** Grades `text` for `target` within runLimitMs; a throw, a hang or a wrong outcome becomes problems. */
export async function fuzzRun(target: FuzzTarget, text: string): Promise<Outcome> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), runLimitMs)));
  try {
    const results = await Promise.race([target.grade(text), limit]);
    const ms = performance.now() - started;
    if (results === 'timeout') return { problems: [`no results within ${runLimitMs} ms`], ms };
    return { problems: garbageOutcomeProblems(results), ms };
  } catch (error) {
    return { problems: [`grading threw: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`], ms: performance.now() - started };
  } finally {
    clearTimeout(timer);
  }
}

/** True when Object.prototype has gained anything (a fuzzed key reached it). */
export function prototypePolluted(): boolean {
  const probe = {} as Record<string, unknown>;
  return Object.getOwnPropertyNames(Object.prototype).some((name) => !baselinePrototypeNames.has(name)) || probe.polluted !== undefined;
}

const baselinePrototypeNames = new Set(Object.getOwnPropertyNames(Object.prototype));
