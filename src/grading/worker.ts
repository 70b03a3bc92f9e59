/**
 * The grading Web Worker (module worker, one per run). Finds the exercise's grader
 * and kind, grades the text, and replies. Learner code runs here, off the page's
 * thread, so browser.ts can end a runaway run by terminating the worker.
 *
 * Before any learner code runs, the worker keeps the reply port the page sent (in this
 * module's closure, out of the learner's reach) and locks down the global scope
 * (runtime/learner-scope.ts): no fetch, storage, messaging or code from strings.
 */
import { graderFromModule } from './define-grader';
import { errorResults } from './error-results';
import { readExerciseMarkdown } from './exercise-meta';
import { grade } from './grade';
import type { GradeResults } from './results';
import { lockDownGlobals } from './runtime/learner-scope';
import type { GradeReply, GradeRequest } from './worker-protocol';

// Lazy: each exercise's grader (and its tooling) loads only when that exercise is graded.
const graderModules = import.meta.glob('/exercises/*/grader.ts');
const exerciseMarkdown = import.meta.glob<string>('/exercises/*/exercise.md', { query: '?raw', import: 'default' });

const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<GradeRequest>) => void, options?: { once: boolean }): void;
};

async function gradeExercise({ exerciseId, text, nonce }: GradeRequest, reply: (message: GradeReply) => void): Promise<GradeResults> {
  const markdownFile = `/exercises/${exerciseId}/exercise.md`;
  const graderFile = `/exercises/${exerciseId}/grader.ts`;
  const loadMarkdown = exerciseMarkdown[markdownFile];
  const loadGraderModule = graderModules[graderFile];
  if (!loadMarkdown || !loadGraderModule) {
    throw new Error(`there is no exercise "${exerciseId}" with an exercise.md and a grader.ts`);
  }
  const { frontmatter } = readExerciseMarkdown(await loadMarkdown(), markdownFile.slice(1));
  const grader = graderFromModule(await loadGraderModule(), graderFile.slice(1));
  // Everything of ours that needs the locked capabilities has run; the learner's code is next.
  lockDownGlobals();
  reply({ type: 'ready', nonce });
  return grade(frontmatter.kind, async () => grader, text);
}

// One request per worker; later messages (a learner's forged ones included) are ignored.
scope.addEventListener(
  'message',
  (event) => {
    const [port] = event.ports;
    if (!port) return;
    const reply = (message: GradeReply) => port.postMessage(message);
    gradeExercise(event.data, reply)
      .catch((error: unknown) =>
        errorResults(
          `This exercise could not be graded: ${error instanceof Error ? error.message : String(error)}. The problem is in the exercise, not in your answer.`,
        ),
      )
      .then((results) => reply({ type: 'results', nonce: event.data.nonce, results }));
  },
  { once: true },
);
