/**
 * The page's door to grading: one fresh Web Worker per run, ended at a time limit so
 * an endless loop in learner code cannot freeze the page. Never rejects for anything
 * the learner did; every outcome is a GradeResults.
 */
import { gradingRuns } from '@messages/grading-runs';
import { errorResults, stoppedMessage } from './error-results';
import type { GradeResults } from './results';
import { isReplyOf, type GradeRequest } from './worker-protocol';

export interface GradeInWorkerOptions {
  /** Time the submission may run once the grader has loaded. Default 5000 ms. */
  timeoutMs?: number;
}

// Loading the worker and the exercise's grader is our code, not the learner's; on a
// cold dev server it can take a while, so it has its own, larger allowance.
const loadLimitMs = 30_000;

function runNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

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
      resolve(errorResults(gradingRuns.couldNotStart(error instanceof Error ? error.message : String(error))));
      return;
    }
    // Results arrive only on our end of a channel made for this run, with its nonce;
    // anything posted on the worker itself (learner code trying to forge a pass) is ignored.
    const nonce = runNonce();
    const channel = new MessageChannel();
    let settled = false;
    const finish = (results: GradeResults) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      channel.port1.close();
      resolve(results);
    };
    const stopAfter = (ms: number, message: string) => setTimeout(() => finish(errorResults(message)), ms);
    let timer = stopAfter(loadLimitMs, gradingRuns.didNotLoad(loadLimitMs / 1000));

    channel.port1.addEventListener('message', (event: MessageEvent<unknown>) => {
      if (!isReplyOf(event.data, nonce)) return;
      if (event.data.type === 'ready') {
        clearTimeout(timer);
        timer = stopAfter(timeoutMs, stoppedMessage(timeoutMs, gradingRuns.keptInEditor));
      } else {
        finish(event.data.results);
      }
    });
    channel.port1.start();
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      finish(errorResults(gradingRuns.crashed(event.message ?? '')));
    });
    channel.port1.addEventListener('messageerror', () => finish(errorResults(gradingRuns.unreadableResults)));
    worker.postMessage({ exerciseId, text, nonce } satisfies GradeRequest, [channel.port2]);
  });
}
