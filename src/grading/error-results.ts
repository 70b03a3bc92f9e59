/**
 * Results for a run in which no check could run. Kept apart from run.ts so the page
 * (browser.ts) can build them without pulling the runtime into its bundle.
 */
import { gradingRuns } from '@messages/grading-runs';
import type { GradeResults, SourceLocation } from './results';

/** GradeResults with status 'error', `message`, no checks, and the editor marker's location. */
export function errorResults(message: string, location: SourceLocation | null = null): GradeResults {
  return { version: 3, status: 'error', message, tests: [], location };
}

/** The message for a run that was ended at its time limit (the text itself is never lost). */
export function stoppedMessage(limitMs: number, kept: string): string {
  const seconds = Math.round(limitMs / 100) / 10;
  return gradingRuns.stopped(seconds, kept);
}
