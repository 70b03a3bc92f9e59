/**
 * The learner's progress for the whole course, in memory, mirrored to storage.
 *
 * Each exercise has one live machine actor, created from its saved entry the first
 * time it is asked for and kept for the session: leaving an exercise and coming
 * back keeps "undo reset", and React's Strict Mode (which mounts twice) cannot stop
 * an actor that is still in use. Every change an actor makes is written at once.
 *
 * A failed write never loses work: the in-memory entry is kept, the error is
 * published for the UI, and the entry is written again with the next change.
 */
import { createActor } from 'xstate';
import type { Actor } from 'xstate';
import { exerciseMachine, progressOf, restoreExerciseSnapshot } from './exercise-machine';
import type { ExerciseProgress } from './schema';
import {
  ProgressSaveError,
  browserStorage,
  loadAllProgress,
  replaceAllProgress,
  saveProgress,
  storageUnavailableError,
} from './storage';
import type { CorruptEntry, StorageLike } from './storage';

export type ExerciseActor = Actor<typeof exerciseMachine>;
export type ProgressEntries = Readonly<Record<string, ExerciseProgress>>;

export interface ProgressStore {
  /** All saved entries; the same object until something changes (for useSyncExternalStore). */
  getAll(): ProgressEntries;
  /** The live actor of one exercise, resumed from its saved entry on first use. */
  actorFor(exerciseId: string, starter: string): ExerciseActor;
  /** Replaces all progress (import). Throws ProgressSaveError, changing nothing, if storage refuses. */
  replaceAll(entries: Record<string, ExerciseProgress>): void;
  /** The latest write failure not yet recovered from, or null. */
  getSaveError(): ProgressSaveError | null;
  /** Writes again what a failed write left unsaved (the learner may have freed space meanwhile). */
  retrySaving(): void;
  /** Entries that could not be read when the store loaded (each now starts fresh). */
  getCorrupt(): readonly CorruptEntry[];
  subscribe(listener: () => void): () => void;
  /** The store's clock; events and `updatedAt` take their time from it. */
  now(): Date;
}

export interface ProgressStoreOptions {
  /** Where entries are kept; null means "memory only" and reports why. */
  storage: StorageLike | null;
  now?: () => Date;
}

type ProgressFacts = Omit<ExerciseProgress, 'updatedAt'>;

function sameProgress(a: ProgressFacts, b: ProgressFacts): boolean {
  return (
    a.state === b.state &&
    a.text === b.text &&
    a.attempts === b.attempts &&
    a.lastResults === b.lastResults &&
    a.lastGradedAt === b.lastGradedAt &&
    a.solutionShown === b.solutionShown &&
    a.undoText === b.undoText
  );
}

/** Creates a store over `storage`, loading what it holds. */
export function createProgressStore({ storage, now = () => new Date() }: ProgressStoreOptions): ProgressStore {
  const loaded = storage ? loadAllProgress(storage, now()) : { entries: {}, corrupt: [] };
  let entries: ProgressEntries = loaded.entries;
  let saveError: ProgressSaveError | null = storage ? null : storageUnavailableError();
  const unsaved = new Set<string>();
  const actors = new Map<string, ExerciseActor>();
  const listeners = new Set<() => void>();

  const notify = () => listeners.forEach((listener) => listener());

  // Writes the changed entry and any left over from an earlier failure; each is tried
  // on its own, so one entry too big to fit does not block the others.
  const flush = (changedId: string | null) => {
    if (!storage) return;
    if (changedId !== null) unsaved.add(changedId);
    let failure: ProgressSaveError | null = null;
    for (const id of [...unsaved]) {
      try {
        const entry = entries[id];
        if (entry) saveProgress(storage, id, entry);
        unsaved.delete(id);
      } catch (error) {
        if (!(error instanceof ProgressSaveError)) throw error;
        failure ??= error;
      }
    }
    saveError = failure;
  };

  const record = (exerciseId: string, facts: ProgressFacts) => {
    entries = { ...entries, [exerciseId]: { ...facts, updatedAt: now().toISOString() } };
    flush(exerciseId);
    notify();
  };

  const actorFor = (exerciseId: string, starter: string): ExerciseActor => {
    const existing = actors.get(exerciseId);
    if (existing) return existing;
    const saved = entries[exerciseId];
    const actor = createActor(exerciseMachine, {
      input: { starter },
      ...(saved ? { snapshot: restoreExerciseSnapshot(starter, saved) } : {}),
    });
    // Only real changes are written: opening an exercise, or an event the machine
    // ignores, leaves storage (and updatedAt) alone.
    let previous = progressOf(actor.getSnapshot());
    actor.subscribe((snapshot) => {
      // An import replaces actors; a replaced one must not write over the imported entry.
      if (actors.get(exerciseId) !== actor) return;
      const next = progressOf(snapshot);
      if (sameProgress(previous, next)) return;
      previous = next;
      record(exerciseId, next);
    });
    actors.set(exerciseId, actor);
    return actor.start();
  };

  const replaceAll = (next: Record<string, ExerciseProgress>) => {
    if (storage) replaceAllProgress(storage, next);
    entries = { ...next };
    unsaved.clear();
    if (storage) saveError = null;
    // Replaced actors are dropped, not stopped: a page still holding one until its next
    // render may send to it without errors, and the guard in actorFor ignores the result.
    actors.clear();
    notify();
  };

  return {
    getAll: () => entries,
    actorFor,
    replaceAll,
    getSaveError: () => saveError,
    retrySaving() {
      if (unsaved.size === 0) return;
      flush(null);
      notify();
    },
    getCorrupt: () => loaded.corrupt,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    now,
  };
}

let shared: ProgressStore | null = null;

/** The app's one store, over the page's localStorage (created on first use). */
export function getProgressStore(): ProgressStore {
  if (!shared) {
    const store = createProgressStore({ storage: browserStorage() });
    // Without this, text typed while storage was full stays unsaved until the next
    // keystroke: retry when the learner comes back (say, from clearing site data) and
    // as the tab goes away.
    for (const event of ['focus', 'pagehide'] as const) globalThis.addEventListener?.(event, () => store.retrySaving());
    shared = store;
  }
  return shared;
}
