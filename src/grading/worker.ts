/**
 * The grading Web Worker (module worker, one per run). Finds the exercise's grader
 * and kind, grades the text, and posts the results. Learner code runs here, off the
 * page's thread, so browser.ts can end a runaway run by terminating the worker.
 */
import { graderFromModule } from './define-grader';
import { errorResults } from './error-results';
import { readExerciseMarkdown } from './exercise-meta';
import { grade } from './grade';
import type { GradeResults } from './results';
import type { GradeReply, GradeRequest } from './worker-protocol';

// Lazy: each exercise's grader (and its tooling) loads only when that exercise is graded.
const graderModules = import.meta.glob('/exercises/*/grader.ts');
const exerciseMarkdown = import.meta.glob<string>('/exercises/*/exercise.md', { query: '?raw', import: 'default' });

const scope = globalThis as unknown as {
  postMessage(message: GradeReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<GradeRequest>) => void): void;
};

async function gradeExercise({ exerciseId, text }: GradeRequest): Promise<GradeResults> {
  const markdownFile = `/exercises/${exerciseId}/exercise.md`;
  const graderFile = `/exercises/${exerciseId}/grader.ts`;
  const loadMarkdown = exerciseMarkdown[markdownFile];
  const loadGraderModule = graderModules[graderFile];
  if (!loadMarkdown || !loadGraderModule) {
    throw new Error(`there is no exercise "${exerciseId}" with an exercise.md and a grader.ts`);
  }
  const { frontmatter } = readExerciseMarkdown(await loadMarkdown(), markdownFile.slice(1));
  const grader = graderFromModule(await loadGraderModule(), graderFile.slice(1));
  scope.postMessage({ type: 'ready' });
  return grade(frontmatter.kind, async () => grader, text);
}

scope.addEventListener('message', (event) => {
  gradeExercise(event.data)
    .catch((error: unknown) =>
      errorResults(
        `This exercise could not be graded: ${error instanceof Error ? error.message : String(error)}. The problem is in the exercise, not in your answer.`,
      ),
    )
    .then((results) => scope.postMessage({ type: 'results', results }));
});
