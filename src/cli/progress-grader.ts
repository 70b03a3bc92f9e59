/**
 * Grades a learner's saved submissions in a worker thread (grade-progress-worker.ts),
 * with a time limit per submission. A submission that runs past it is reported as
 * stopped, the worker is ended, and a new one grades the rest.
 */
import { Worker } from 'node:worker_threads';
import { errorResults, stoppedMessage } from '../grading/error-results';
import type { GradeResults } from '../grading/results';
import type { ProgressWorkerInput, ProgressWorkerJob, ProgressWorkerMessage } from './grade-progress-worker';

// Starting Vite and loading graders is slow on a busy machine; it is not the submission's time.
const loadLimitMs = 60_000;

/** Grades `jobs` in order with graders from the project at `root`; one result per job. */
export async function gradeSubmissions(root: string, jobs: ProgressWorkerJob[], timeLimitMs: number): Promise<GradeResults[]> {
  const results: GradeResults[] = [];
  while (results.length < jobs.length) {
    const rest = jobs.slice(results.length);
    const batch = await gradeInWorker({ root, jobs: rest }, timeLimitMs);
    results.push(...batch);
    // The worker was stopped during a submission: it ran past the limit.
    if (batch.length < rest.length) results.push(errorResults(stoppedMessage(timeLimitMs, 'The saved text was not changed.')));
  }
  return results;
}

// Resolves with the results reported before the worker finished or was stopped.
function gradeInWorker(input: ProgressWorkerInput, timeLimitMs: number): Promise<GradeResults[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./grade-progress-worker.ts', import.meta.url), { workerData: input, stdout: true, stderr: true });
    // Whatever a submission prints is not part of the report.
    worker.stdout.resume();
    let stderr = '';
    worker.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const results: GradeResults[] = [];
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      settle();
    };
    const stop = () => finish(() => resolve(results));
    let timer = setTimeout(() => finish(() => reject(new Error(`Loading the graders took over ${loadLimitMs / 1000} s.`))), loadLimitMs);
    worker.on('message', (message: ProgressWorkerMessage) => {
      if (message.type === 'broken') return finish(() => reject(new Error(message.message)));
      clearTimeout(timer);
      if (message.type === 'results') results.push(message.results);
      if (results.length === input.jobs.length) return finish(() => resolve(results));
      timer = setTimeout(stop, timeLimitMs);
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`The grading worker stopped (exit code ${code}) before reporting.${stderr ? `\n${stderr.trim()}` : ''}`))),
    );
  });
}
