/**
 * Worker-thread half of `npm run grade`: loads the grader (through Vite, so that its
 * `import 'vitest'` reaches our shim), says it is ready, then grades. Running here lets
 * the main thread stop a submission that never ends without hanging the terminal.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ExerciseKind } from '../content/schema';
import { grade } from '../grading/grade';
import { createViteGraderLoader } from '../grading/node';
import type { GradeResults } from '../grading/results';
import { lockDownGlobals } from '../grading/runtime/learner-scope';

export interface GradeWorkerInput {
  root: string;
  graderFile: string;
  kind: ExerciseKind;
  text: string;
}

export type GradeWorkerMessage =
  | { type: 'ready' }
  | { type: 'results'; results: GradeResults }
  | { type: 'broken'; message: string };

const input = workerData as GradeWorkerInput;
const post = (message: GradeWorkerMessage) => parentPort?.postMessage(message);

const loader = await createViteGraderLoader(input.root);
try {
  const grader = await loader.load(input.graderFile);
  // The grader is loaded: from here on only learner code is new, so the thread's global
  // scope is locked (no network, no builtins through process, no code from strings).
  lockDownGlobals();
  post({ type: 'ready' });
  post({ type: 'results', results: await grade(input.kind, async () => grader, input.text) });
} catch (error) {
  post({ type: 'broken', message: error instanceof Error ? error.message : String(error) });
} finally {
  await loader.close();
}
