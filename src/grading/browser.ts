/**
 * The page's door to grading: one fresh Web Worker per run, ended at a time limit so
 * an endless loop in learner code cannot freeze the page. Never rejects for anything
 * the learner did; every outcome is a GradeResults.
 */
import { errorResults, stoppedMessage } from './error-results';
import type { GradeResults } from './results';
import type { GradeReply, GradeRequest } from './worker-protocol';

export interface GradeInWorkerOptions {
  /** Time the submission may run once the grader has loaded. Default 5000 ms. */
  timeoutMs?: number;
}

// Loading the worker and the exercise's grader is our code, not the learner's; on a
// cold dev server it can take a while, so it has its own, larger allowance.
const loadLimitMs = 30_000;

/**
 * Grades `text` for the exercise `exerciseId` in a Web Worker.
 * @example const results = await gradeInWorker('api-audit', editor.getValue());
 */
export function gradeInWorker(exerciseId: string, text: string, options: GradeInWorkerOptions = {}): Promise<GradeResults> {
  const timeoutMs = options.timeoutMs ?? 5000;
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      resolve(errorResults(`The grader could not start in this browser: ${error instanceof Error ? error.message : String(error)}.`));
      return;
    }
    let settled = false;
    const finish = (results: GradeResults) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(results);
    };
    const stopAfter = (ms: number, message: string) => setTimeout(() => finish(errorResults(message)), ms);
    let timer = stopAfter(loadLimitMs, `The grader did not load within ${loadLimitMs / 1000} seconds. Reload the page and grade again; your text is kept.`);

    worker.addEventListener('message', (event: MessageEvent<GradeReply>) => {
      if (event.data.type === 'ready') {
        clearTimeout(timer);
        timer = stopAfter(timeoutMs, stoppedMessage(timeoutMs, 'Your text is kept; fix the loop and grade again.'));
      } else {
        finish(event.data.results);
      }
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(errorResults(`The grader stopped unexpectedly${event.message ? `: ${event.message}` : ''}. Your text is kept; grade again, and if it happens again, reload the page.`));
    });
    worker.addEventListener('messageerror', () => finish(errorResults('The grader sent results the page could not read. Grade again.')));
    worker.postMessage({ exerciseId, text } satisfies GradeRequest);
  });
}
