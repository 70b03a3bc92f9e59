/**
 * Worker-thread half of `npm run grade-progress`: grades one learner's saved
 * submissions. It loads every grader they need first, then locks the thread's global
 * scope (as src/cli/grade-worker.ts does) before any learner code runs, so a saved
 * submission cannot reach the network or the machine. One worker per learner: what
 * one learner's code does to the thread can only touch that learner's own results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ExerciseKind } from '../content/schema';
import type { Grader } from '../grading/define-grader';
import { grade } from '../grading/grade';
import { createViteGraderLoader } from '../grading/node';
import type { GradeResults } from '../grading/results';
import { lockDownGlobals } from '../grading/runtime/learner-scope';

export interface ProgressWorkerJob {
  graderFile: string;
  kind: ExerciseKind;
  text: string;
}

export interface ProgressWorkerInput {
  root: string;
  jobs: ProgressWorkerJob[];
}

export type ProgressWorkerMessage =
  /** The graders are loaded; the first submission's time limit starts now. */
  | { type: 'loaded' }
  | { type: 'results'; index: number; results: GradeResults }
  | { type: 'broken'; message: string };

const { root, jobs } = workerData as ProgressWorkerInput;
const post = (message: ProgressWorkerMessage) => parentPort?.postMessage(message);

const loader = await createViteGraderLoader(root);
try {
  const graders = new Map<string, Grader>();
  for (const job of jobs) if (!graders.has(job.graderFile)) graders.set(job.graderFile, await loader.load(job.graderFile));
  await loader.close();
  lockDownGlobals();
  post({ type: 'loaded' });
  for (const [index, job] of jobs.entries()) {
    post({ type: 'results', index, results: await grade(job.kind, async () => graders.get(job.graderFile)!, job.text) });
  }
} catch (error) {
  post({ type: 'broken', message: error instanceof Error ? error.message : String(error) });
}
