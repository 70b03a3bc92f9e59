/**
 * npm run check-exercises -- [exercise-id …] [--json] [--exercises <dir>] [--content <dir>]
 *
 * Applies every exercise rule (src/cli/exercise-checks.ts, the same rules as the
 * meta-tests) to each exercise and prints one table row per exercise, then what to
 * fix. Exit code: 0 when every exercise passes, 1 when any fails, 2 when the command
 * itself is wrong (unknown id, missing folder).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gradeFile, createViteGraderLoader } from '../grading/node';
import { checkExerciseFolder, readChapterIndex, exerciseFolders, type ExerciseReport } from './exercise-checks';
import { formatTable } from './table';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const usage = 'Usage: npm run check-exercises -- [exercise-id …] [--json] [--exercises <dir>] [--content <dir>]';

class UsageError extends Error {}

function parseCommandLine(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      exercises: { type: 'string' },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  // npm runs scripts from the package root; INIT_CWD is where the command was typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  return {
    ids: positionals,
    json: values.json,
    help: values.help,
    exercisesDir: values.exercises ? path.resolve(cwd, values.exercises) : path.join(projectRoot, 'exercises'),
    contentDir: values.content ? path.resolve(cwd, values.content) : path.join(projectRoot, 'content'),
  };
}

/** Checks the exercises named by `ids` (all when empty) under `exercisesDir`; one report each. */
export async function checkExercises(exercisesDir: string, contentDir: string, ids: string[] = []): Promise<ExerciseReport[]> {
  const folders = exerciseFolders(exercisesDir);
  const unknown = ids.filter((id) => !folders.includes(id));
  if (unknown.length > 0) {
    throw new UsageError(`There is no exercise folder ${unknown.map((id) => `"${id}"`).join(', ')} in ${exercisesDir}. Exercises: ${folders.join(', ') || 'none yet'}.`);
  }
  const chapters = readChapterIndex(contentDir);
  const loader = await createViteGraderLoader(projectRoot);
  try {
    const reports: ExerciseReport[] = [];
    for (const folder of ids.length > 0 ? ids : folders) {
      reports.push(await checkExerciseFolder(path.join(exercisesDir, folder), (exercise, file) => gradeFile(exercise, file, loader), chapters));
    }
    return reports;
  } finally {
    await loader.close();
  }
}

/** The text report: a table, then each failing exercise's problems, then a one-line summary. */
export function formatReports(reports: ExerciseReport[]): string {
  const mark = (cell: string) => (cell === 'ok' ? '✓' : cell === 'fail' ? '✗' : cell === 'skip' ? '-' : cell);
  const table = formatTable(
    ['exercise', 'kind', 'chapter', 'solution', 'starter', 'wrong', 'hints', 'listed', 'result'],
    reports.map((r) => [
      r.id,
      r.kind ?? '?',
      r.chapter === null ? '?' : String(r.chapter),
      mark(r.solution),
      mark(r.starter),
      r.wrong,
      mark(r.hints),
      mark(r.listed),
      r.result === 'pass' ? 'pass' : 'FAIL',
    ]),
  );
  const failing = reports.filter((r) => r.result === 'fail');
  const details = failing.map((r) => [`${r.id}:`, ...r.problems.map((p) => `  - ${p.replace(/\n/g, '\n    ')}`)].join('\n'));
  const summary = `${reports.length - failing.length} of ${reports.length} exercises pass${failing.length > 0 ? `; fix: ${failing.map((r) => r.id).join(', ')}` : ''}.`;
  return [table, '', ...(details.length > 0 ? [...details, ''] : []), summary].join('\n');
}

/** Runs the command with `argv`; resolves with the exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    const args = parseCommandLine(argv);
    if (args.help) {
      console.log(usage);
      return 0;
    }
    const reports = await checkExercises(args.exercisesDir, args.contentDir, args.ids);
    console.log(args.json ? JSON.stringify(reports, null, 2) : formatReports(reports));
    return reports.every((r) => r.result === 'pass') ? 0 : 1;
  } catch (error) {
    const usageProblem = error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
    console.error(usageProblem ? `${(error as Error).message}\n${usage}` : `Could not check the exercises: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
