/**
 * npm run grade-progress -- <progress.json> [more.json …] [--csv <out.csv>] [--time-limit <seconds>] [--exercises <dir>]
 *
 * Re-runs each exercise's grader on the text saved in learners' exported progress
 * files and prints, per learner, the claimed state next to the verified result.
 * With --csv, or with more than one file, also writes one CSV row per learner ×
 * exercise (to --csv, else grade-progress.csv in the current folder).
 *
 * Exit code: 0 when every "passed" claim verifies; 1 when at least one "passed"
 * exercise fails today (the learner's saved text does not pass — edited file, or a
 * stricter grader since); 2 when the command is wrong or a file cannot be read
 * (the other files are still graded and reported).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { listExercises } from '../grading/node';
import { toCsv } from './csv';
import { formatTable } from './table';
import { ProgressFileError, verifyProgress, type LearnerVerification } from './verify-progress';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const usage = 'Usage: npm run grade-progress -- <progress.json> [more.json …] [--csv <out.csv>] [--time-limit <seconds>] [--exercises <dir>]';
const defaultCsv = 'grade-progress.csv';

class UsageError extends Error {}

function parseCommandLine(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      csv: { type: 'string' },
      'time-limit': { type: 'string', default: '10' },
      exercises: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (!values.help && positionals.length === 0) throw new UsageError('Give at least one progress file (the .json that "Export progress" saves).');
  const timeLimitSeconds = Number(values['time-limit']);
  if (!(timeLimitSeconds > 0)) throw new UsageError(`--time-limit must be a number of seconds above 0, e.g. --time-limit 10; got "${values['time-limit']}".`);
  // npm runs scripts from the package root; INIT_CWD is where the command was typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const csv = values.csv ?? (positionals.length > 1 ? defaultCsv : null);
  return {
    help: values.help,
    files: positionals.map((file) => ({ shown: file, full: path.resolve(cwd, file) })),
    csv: csv === null ? null : { shown: csv, full: path.resolve(cwd, csv) },
    timeLimitMs: timeLimitSeconds * 1000,
    exercisesDir: values.exercises ? path.resolve(cwd, values.exercises) : path.join(projectRoot, 'exercises'),
  };
}

const verdictText: Record<string, string> = {
  verified: 'verified',
  'not-verified': 'NOT VERIFIED',
  'passes-now': 'passes now (not claimed)',
  consistent: 'fails, as claimed',
  'not-started': 'not started',
  'unknown-exercise': 'unknown exercise',
};

/** The text report for one learner: a table of claims and re-runs, then why each unverified claim failed. */
export function formatLearner(learner: LearnerVerification): string {
  const rows = learner.exercises.map((e) => [
    e.exercise,
    e.claimedState,
    e.claimedChecks || '-',
    e.checksTotal === null ? '-' : `${e.checksPassed}/${e.checksTotal}`,
    verdictText[e.verdict] ?? e.verdict,
  ]);
  const table = rows.length > 0 ? formatTable(['exercise', 'claimed', 'claimed checks', 'checks now', 'verdict'], rows) : 'No exercises saved in this file.';
  const notes = learner.exercises
    .filter((e) => e.detail && (e.verdict === 'not-verified' || e.verdict === 'unknown-exercise'))
    .map((e) => `  ${e.exercise}: ${e.detail}`);
  const passed = learner.exercises.filter((e) => e.verdict === 'verified' || e.verdict === 'passes-now').length;
  const header = `${learner.learner} (${learner.file}, exported ${learner.exportedAt}): ${passed} exercise${passed === 1 ? '' : 's'} pass when re-graded`;
  return [header, table, ...(notes.length > 0 ? ['', ...notes] : [])].join('\n');
}

/** The CSV: one row per learner × exercise. */
export function learnersCsv(learners: LearnerVerification[]): string {
  const header = ['learner', 'file', 'exercise', 'claimed_state', 'claimed_checks', 'verified_status', 'checks_passed', 'checks_total', 'verdict', 'attempts', 'solution_shown', 'updated_at', 'detail'];
  const rows = learners.flatMap((l) =>
    l.exercises.map((e) => [l.learner, l.file, e.exercise, e.claimedState, e.claimedChecks, e.verifiedStatus, e.checksPassed, e.checksTotal, e.verdict, e.attempts, e.solutionShown, e.updatedAt, e.detail]),
  );
  return toCsv(header, rows);
}

/** Runs the command with `argv`; resolves with the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseCommandLine>;
  try {
    args = parseCommandLine(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if (args.help) {
    console.log(usage);
    return 0;
  }
  const exercises = new Map((await listExercises(args.exercisesDir)).map((exercise) => [exercise.id, exercise]));
  const learners: LearnerVerification[] = [];
  let unreadable = 0;
  for (const file of args.files) {
    try {
      if (!existsSync(file.full)) throw new ProgressFileError(`There is no file ${file.shown}. Give the path of a progress export (.json).`);
      const learner = await verifyProgress(await readFile(file.full, 'utf8'), file.shown, exercises, projectRoot, args.timeLimitMs);
      learners.push(learner);
      console.log(`${formatLearner(learner)}\n`);
    } catch (error) {
      if (!(error instanceof ProgressFileError)) throw error;
      unreadable += 1;
      console.error(`${error.message}\n`);
    }
  }
  if (args.csv) {
    await writeFile(args.csv.full, learnersCsv(learners));
    console.log(`Wrote ${args.csv.shown}: ${learners.reduce((n, l) => n + l.exercises.length, 0)} rows (one per learner × exercise).`);
  }
  const unverified = learners.flatMap((l) => l.exercises.filter((e) => e.verdict === 'not-verified').map((e) => `${l.learner}/${e.exercise}`));
  if (unverified.length > 0) console.log(`Claimed "passed" but failing now: ${unverified.join(', ')}.`);
  if (unreadable > 0) return 2;
  return unverified.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(`Could not grade the progress files: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
