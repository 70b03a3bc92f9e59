/**
 * parse + run: the whole grading of one text. Problems in the learner's text become
 * results with status 'error'; problems in the exercise itself (no grader, wrong kind)
 * throw, because only the exercise's author can fix them.
 */
import type { ExerciseKind } from '../content/schema';
import type { Grader } from './define-grader';
import { parseSubmission } from './parse/parse-submission';
import { SubmissionError } from './parse/submission-error';
import type { GradeResults } from './results';
import { errorResults } from './error-results';
import { runGrader, type RunOptions } from './run';

/** Grades `text` for an exercise of `kind` with the grader `loadGrader` resolves to. */
export async function grade(kind: ExerciseKind, loadGrader: () => Promise<Grader>, text: string, options: RunOptions = {}): Promise<GradeResults> {
  const grader = await loadGrader();
  if (grader.kind !== kind) {
    throw new Error(`The exercise says kind "${kind}" but its grader was written with defineGrader('${grader.kind}', ...); make them match.`);
  }
  let submission;
  try {
    submission = await parseSubmission(kind, text);
  } catch (error) {
    if (error instanceof SubmissionError) return errorResults(error.message, error.location);
    throw error;
  }
  return runGrader(grader, submission, options);
}
