/**
 * npm run grade -- <exercise-id> <file> [--json] [--time-limit <seconds>] [--exercises <dir>]
 *
 * Grades a file with the exercise's grader and prints each check, then
 * `N passed, N failed`. Exit code: 0 when every check passes, 1 when the file fails
 * or cannot be graded, 2 when the command itself is wrong (unknown exercise, missing
 * file, broken exercise).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { listExerciseIds, readExercise } from '../grading/node';
import { errorResults, stoppedMessage } from '../grading/error-results';
import type { GradeResults } from '../grading/results';
import { formatResults } from './format-results';
import type { GradeWorkerInput, GradeWorkerMessage } from './grade-worker';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
// A grader is trusted code, but loading it starts Vite; allow that plenty of time.
const loadLimitMs = 60_000;

class UsageError extends Error {}

const usage = 'Usage: npm run grade -- <exercise-id> <file> [--json] [--time-limit <seconds>] [--exercises <dir>]';

function parseCommandLine() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'time-limit': { type: 'string', default: '10' },
      exercises: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (positionals.length !== 2) throw new UsageError(`Give an exercise id and a file to grade.\n${usage}`);
  const timeLimitSeconds = Number(values['time-limit']);
  if (!(timeLimitSeconds > 0)) throw new UsageError(`--time-limit must be a number of seconds above 0, e.g. --time-limit 10.`);
  // npm runs scripts from the package root; INIT_CWD is where the command was typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const [id, file] = positionals;
  return {
    id,
    file: path.resolve(cwd, file),
    shownFile: file,
    json: values.json,
    timeLimitMs: timeLimitSeconds * 1000,
    exercisesDir: values.exercises ? path.resolve(cwd, values.exercises) : path.join(projectRoot, 'exercises'),
  };
}

function stoppedResults(limitMs: number): GradeResults {
  return errorResults(stoppedMessage(limitMs, 'Your file is unchanged; fix the loop and grade again.'));
}

/** Runs the grading in a worker thread and ends it if the submission runs past the time limit. */
function gradeInWorker(input: GradeWorkerInput, timeLimitMs: number): Promise<GradeResults> {
  return new Promise((resolve, reject) => {
    // stdout: true keeps whatever the submission prints at load time out of our output.
    const worker = new Worker(new URL('./grade-worker.ts', import.meta.url), { workerData: input, stdout: true, stderr: true });
    let stderr = '';
    worker.stderr.on('data', (chunk) => (stderr += String(chunk)));
    worker.stdout.resume();
    let timer = setTimeout(() => finish(() => reject(new Error(`Loading the grader took over ${loadLimitMs / 1000} s.`))), loadLimitMs);
    let done = false;
    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    worker.on('message', (message: GradeWorkerMessage) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        timer = setTimeout(() => finish(() => resolve(stoppedResults(timeLimitMs))), timeLimitMs);
      } else if (message.type === 'results') {
        finish(() => resolve(message.results));
      } else {
        finish(() => reject(new Error(message.message)));
      }
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`The grading worker stopped (exit code ${code}) before reporting.${stderr ? `\n${stderr.trim()}` : ''}`))));
  });
}

async function main(): Promise<number> {
  const args = parseCommandLine();
  const ids = await listExerciseIds(args.exercisesDir);
  if (!ids.includes(args.id)) {
    const known = ids.length > 0 ? `Exercises: ${ids.join(', ')}.` : `There are no exercises in ${args.exercisesDir} yet.`;
    throw new UsageError(`There is no exercise "${args.id}". ${known}`);
  }
  if (!existsSync(args.file)) throw new UsageError(`There is no file ${args.file}. Give the path of the file to grade.`);

  const exercise = await readExercise(path.join(args.exercisesDir, args.id));
  const text = await readFile(args.file, 'utf8');
  const results = await gradeInWorker({ root: projectRoot, graderFile: exercise.graderFile, kind: exercise.frontmatter.kind, text }, args.timeLimitMs);
  console.log(args.json ? JSON.stringify(results, null, 2) : formatResults(results, args.shownFile));
  return results.status === 'pass' ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof UsageError ? error.message : `Could not grade: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
