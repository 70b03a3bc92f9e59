/**
 * React bindings of the progress store: one exercise's lifecycle for the editor page,
 * and all entries for the progress page and the table of contents.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useSelector } from '@xstate/react';
import type { GradeResults } from '../grading/results';
import { statusOf } from './exercise-machine';
import { getProgressStore } from './progress-store';
import type { ProgressEntries, ProgressStore } from './progress-store';
import type { ProgressStatus } from './schema';
import { describeCorruptEntry } from './storage';

export interface ExerciseProgressApi {
  status: ProgressStatus;
  /** The saved text if there is one, else the starter. */
  text: string;
  setText(text: string): void;
  recordResults(results: GradeResults): void;
  /** Puts the starter back; `undoReset` restores what it replaced until the next real edit. */
  reset(): void;
  undoReset(): void;
  canUndoReset: boolean;
  /** True when the text differs from the starter, so a reset would change something. */
  canReset: boolean;
  markSolutionShown(): void;
  solutionShown: boolean;
  attempts: number;
  lastResults: GradeResults | null;
  lastGradedAt: string | null;
  /** Why the latest change could not be saved (a sentence), or null when all is saved. */
  saveError: string | null;
  /** Why this exercise's saved progress could not be read at start-up, or null. */
  loadProblem: string | null;
}

/**
 * One exercise's progress, resumed from the browser's storage and saved on every change.
 * @example const progress = useExerciseProgress('api-audit', starterText);
 */
export function useExerciseProgress(
  exerciseId: string,
  starter: string,
  store: ProgressStore = getProgressStore(),
): ExerciseProgressApi {
  // Read through the store's subscription so an import (which replaces actors) re-renders with the new one.
  const getActor = useCallback(() => store.actorFor(exerciseId, starter), [store, exerciseId, starter]);
  const actor = useSyncExternalStore(store.subscribe, getActor, getActor);
  const snapshot = useSelector(actor, (s) => s);
  const saveError = useSyncExternalStore(store.subscribe, store.getSaveError, store.getSaveError);
  const corrupt = store.getCorrupt().find((entry) => entry.exerciseId === exerciseId);

  const setText = useCallback((text: string) => actor.send({ type: 'exercise.edit', text }), [actor]);
  const recordResults = useCallback(
    (results: GradeResults) => actor.send({ type: 'exercise.graded', results, at: store.now().toISOString() }),
    [actor, store],
  );
  const reset = useCallback(() => actor.send({ type: 'exercise.reset', starter }), [actor, starter]);
  const undoReset = useCallback(() => actor.send({ type: 'exercise.undoReset' }), [actor]);
  const markSolutionShown = useCallback(() => actor.send({ type: 'exercise.solutionShown' }), [actor]);

  const { context } = snapshot;
  return useMemo(
    () => ({
      status: statusOf(snapshot),
      text: context.text,
      setText,
      recordResults,
      reset,
      undoReset,
      canUndoReset: snapshot.can({ type: 'exercise.undoReset' }),
      canReset: snapshot.can({ type: 'exercise.reset', starter }),
      markSolutionShown,
      solutionShown: context.solutionShown,
      attempts: context.attempts,
      lastResults: context.lastResults,
      lastGradedAt: context.lastGradedAt,
      saveError: saveError?.message ?? null,
      loadProblem: corrupt ? describeCorruptEntry(corrupt) : null,
    }),
    [snapshot, context, starter, saveError, corrupt, setText, recordResults, reset, undoReset, markSolutionShown],
  );
}

/** Every saved entry, by exercise id; re-renders when any of them changes. */
export function useAllProgress(store: ProgressStore = getProgressStore()): ProgressEntries {
  return useSyncExternalStore(store.subscribe, store.getAll, store.getAll);
}

/** An exercise's status from `useAllProgress()`'s entries; exercises never opened are not started. */
export function progressStatusOf(entries: ProgressEntries, exerciseId: string): ProgressStatus {
  return entries[exerciseId]?.state ?? 'not_started';
}
