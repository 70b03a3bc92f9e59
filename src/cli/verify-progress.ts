/**
 * Re-grades a learner's exported progress: for each saved exercise, what the learner's
 * browser claimed (state, checks passed) next to what the grader says today about the
 * saved text. An instructor uses it to confirm work handed in as an export file.
 */
import path from 'node:path';
import { parseProgressFile } from '../progress/export';
import type { ExerciseProgress } from '../progress/schema';
import type { ExerciseOnDisk } from '../grading/node';
import type { GradeResults } from '../grading/results';
import type { ProgressWorkerJob } from './grade-progress-worker';
import { gradeSubmissions } from './progress-grader';

/** How the claim compares with the re-run: "verified" and "consistent" are fine; "not-verified" means a "passed" claim failed. */
export type Verdict = 'verified' | 'not-verified' | 'passes-now' | 'consistent' | 'not-started' | 'unknown-exercise';

export interface ExerciseVerification {
  exercise: string;
  claimedState: ExerciseProgress['state'];
  /** Checks passed in the learner's last run, as "passed/total"; "" before the first run. */
  claimedChecks: string;
  attempts: number;
  solutionShown: boolean;
  updatedAt: string;
  /** The re-run's status, or null when it was not graded (not started, unknown exercise). */
  verifiedStatus: GradeResults['status'] | null;
  checksPassed: number | null;
  checksTotal: number | null;
  verdict: Verdict;
  /** Why the re-run failed: the first failing check's message, or the error. */
  detail: string | null;
}

export interface LearnerVerification {
  learner: string;
  file: string;
  exportedAt: string;
  exercises: ExerciseVerification[];
}

/** A problem reading a progress file: the file and every field at fault. */
export class ProgressFileError extends Error {}

/** The learner's name for a progress file: its file name without .json. */
export function learnerName(file: string): string {
  return path.basename(file).replace(/\.json$/i, '');
}

function checkCount(results: GradeResults | null): string {
  if (!results) return '';
  return `${results.tests.filter((test) => test.status === 'pass').length}/${results.tests.length}`;
}

function verdictFor(state: ExerciseProgress['state'], status: GradeResults['status']): Verdict {
  if (state === 'passed') return status === 'pass' ? 'verified' : 'not-verified';
  return status === 'pass' ? 'passes-now' : 'consistent';
}

function failureDetail(results: GradeResults): string | null {
  if (results.status === 'pass') return null;
  if (results.status === 'error') return results.message;
  const failed = results.tests.find((test) => test.status !== 'pass');
  return failed ? `${failed.name}: ${failed.message ?? ''}`.trim() : null;
}

/** Re-grades every exercise in the progress file `text` (read from `file`) with the graders of the project at `root`. */
export async function verifyProgress(
  text: string,
  file: string,
  exercises: ReadonlyMap<string, ExerciseOnDisk>,
  root: string,
  timeLimitMs: number,
): Promise<LearnerVerification> {
  const parsed = parseProgressFile(text);
  if (!parsed.ok) {
    throw new ProgressFileError(`${file} is not a progress export this tool can read:\n${parsed.errors.map((error) => `  - ${error}`).join('\n')}\nUse the file that "Export progress" on the Progress page saved, unchanged.`);
  }
  const rows: ExerciseVerification[] = [];
  const jobs: Array<{ row: ExerciseVerification; state: ExerciseProgress['state']; job: ProgressWorkerJob }> = [];
  for (const [id, entry] of Object.entries(parsed.file.exercises)) {
    const row: ExerciseVerification = {
      exercise: id,
      claimedState: entry.state,
      claimedChecks: checkCount(entry.lastResults),
      attempts: entry.attempts,
      solutionShown: entry.solutionShown,
      updatedAt: entry.updatedAt,
      verifiedStatus: null,
      checksPassed: null,
      checksTotal: null,
      verdict: 'not-started',
      detail: null,
    };
    const exercise = exercises.get(id);
    if (!exercise) {
      row.verdict = 'unknown-exercise';
      row.detail = `there is no exercise "${id}" in this copy of the Workbench; it may have been renamed or removed.`;
    } else if (entry.state !== 'not_started') {
      jobs.push({ row, state: entry.state, job: { graderFile: exercise.graderFile, kind: exercise.frontmatter.kind, text: entry.text } });
    }
    rows.push(row);
  }
  const graded = jobs.length > 0 ? await gradeSubmissions(root, jobs.map(({ job }) => job), timeLimitMs) : [];
  graded.forEach((results, i) => {
    const { row, state } = jobs[i]!;
    row.verifiedStatus = results.status;
    row.checksPassed = results.tests.filter((test) => test.status === 'pass').length;
    row.checksTotal = results.tests.length;
    row.verdict = verdictFor(state, results.status);
    row.detail = failureDetail(results);
  });
  return { learner: learnerName(file), file, exportedAt: parsed.file.exportedAt, exercises: rows };
}
