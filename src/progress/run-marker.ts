/**
 * "A run is in flight" markers: one key per exercise, written just before the checks
 * start and removed when their results arrive.
 *
 * Why: the grader runs learner code in a worker with a time limit, but a submission can
 * still take the tab down (memory exhausted, a browser bug, the learner reloading a
 * page that seems stuck). A marker that survives a reload says the last run never
 * finished, so nothing may grade that text again on its own: `mayAutoGrade` is the one
 * question any automatic grading must ask first. Only an explicit "Run tests" runs it.
 */
import { z } from 'zod';
import type { StorageLike } from './storage';

export const runMarkerKeyPrefix = 'workbench.run-in-flight.v1:';

/** The storage key of one exercise's in-flight marker. */
export function runMarkerKey(exerciseId: string): string {
  return runMarkerKeyPrefix + exerciseId;
}

export const runMarkerSchema = z.strictObject({
  startedAt: z.iso.datetime().describe('When the run began.'),
  textLength: z.int().min(0).describe('Length of the text being graded, to tell the learner which version it was.'),
});
export type RunMarker = z.infer<typeof runMarkerSchema>;

/**
 * Records that a run of `text` starts now. Returns false when storage refused the
 * write: the run still goes ahead (the learner asked for it), unguarded.
 */
export function markRunStarted(storage: StorageLike | null, exerciseId: string, text: string, now: Date = new Date()): boolean {
  if (!storage) return false;
  try {
    const marker: RunMarker = { startedAt: now.toISOString(), textLength: text.length };
    storage.setItem(runMarkerKey(exerciseId), JSON.stringify(marker));
    return true;
  } catch {
    return false;
  }
}

/** Clears the marker once results (of any kind, a time-out included) have arrived. */
export function markRunFinished(storage: StorageLike | null, exerciseId: string): void {
  try {
    storage?.removeItem(runMarkerKey(exerciseId));
  } catch {
    // A storage that cannot remove cannot have stored either; nothing is left behind.
  }
}

/**
 * The marker of a run that started and never finished, or null. A value that does not
 * parse is still a run that never finished (something wrote the key), so it reads as
 * one started at an unknown time rather than as "all clear".
 */
export function unfinishedRun(storage: StorageLike | null, exerciseId: string): RunMarker | { startedAt: null; textLength: null } | null {
  let raw: string | null;
  try {
    raw = storage?.getItem(runMarkerKey(exerciseId)) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const parsed = runMarkerSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: unreadable, but present
  }
  return { startedAt: null, textLength: null };
}

/** Whether the checks may run without the learner asking: never while a marker says the last run did not finish. */
export function mayAutoGrade(storage: StorageLike | null, exerciseId: string): boolean {
  return unfinishedRun(storage, exerciseId) === null;
}
