/**
 * Progress in localStorage: one versioned namespace, one key per exercise
 * (`workbench.progress.v1:<exercise-id>`).
 *
 * Why a key per exercise rather than one blob: every keystroke is written at once
 * (synchronously — a closed tab mid-word loses nothing), and writing one small entry
 * is cheaper than re-serialising all of them; a damaged value costs one exercise,
 * not the whole course.
 *
 * Failures are never swallowed: a write that fails raises `ProgressSaveError` with a
 * reason the UI can show; a stored value that cannot be read is copied to a backup
 * key and reported as a `CorruptEntry`, and that exercise starts fresh.
 */
import { progress } from '@messages/progress';
import { exerciseProgressSchema } from './schema';
import type { ExerciseProgress } from './schema';

/** The subset of the Web Storage API used here, so tests can pass an in-memory stand-in. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

import { progressKey, progressKeyPrefix, backupKeyPrefix } from './storage-keys';
export { progressKey, progressKeyPrefix, backupKeyPrefix };

export type SaveErrorReason = 'quota_exceeded' | 'write_failed' | 'unavailable';

/** A write to browser storage failed; the message says why and what the learner can do. */
export class ProgressSaveError extends Error {
  override name = 'ProgressSaveError';
  constructor(
    readonly reason: SaveErrorReason,
    readonly exerciseId: string | null,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A stored value that could not be read back; the raw text is kept in `backupKey` (null if even that failed). */
export interface CorruptEntry {
  exerciseId: string;
  raw: string;
  backupKey: string | null;
  /** What was wrong with it, for the learner and for a bug report. */
  problem: string;
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  // Chromium and WebKit say QuotaExceededError (code 22); older Firefox says NS_ERROR_DOM_QUOTA_REACHED (1014).
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014;
}

function toSaveError(error: unknown, exerciseId: string | null): ProgressSaveError {
  if (isQuotaError(error)) {
    return new ProgressSaveError(
      'quota_exceeded',
      exerciseId,
      progress.storage.quotaExceeded,
      { cause: error },
    );
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ProgressSaveError(
    'write_failed',
    exerciseId,
    progress.storage.writeFailed(detail),
    { cause: error },
  );
}

function writeItem(storage: StorageLike, key: string, value: string, exerciseId: string | null): void {
  try {
    storage.setItem(key, value);
  } catch (error) {
    throw toSaveError(error, exerciseId);
  }
}

/** Saves one exercise's entry. Throws ProgressSaveError when the browser refuses the write. */
export function saveProgress(storage: StorageLike, exerciseId: string, entry: ExerciseProgress): void {
  writeItem(storage, progressKey(exerciseId), JSON.stringify(entry), exerciseId);
}

function describeProblem(raw: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return progress.storage.notJson(error instanceof Error ? error.message : String(error));
  }
  const parsed = exerciseProgressSchema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.join('.') : progress.storage.wholeEntry;
  return `${field}: ${issue.message}`;
}

function backUp(storage: StorageLike, exerciseId: string, raw: string, now: Date): string | null {
  const key = `${backupKeyPrefix}${exerciseId}:${now.toISOString()}`;
  try {
    storage.setItem(key, raw);
    return key;
  } catch {
    // Reported through CorruptEntry.backupKey === null; the raw text travels in the report itself.
    return null;
  }
}

export interface LoadedProgress {
  entries: Record<string, ExerciseProgress>;
  corrupt: CorruptEntry[];
}

function progressIds(storage: StorageLike): string[] {
  const ids: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(progressKeyPrefix)) ids.push(key.slice(progressKeyPrefix.length));
  }
  return ids.sort();
}

/**
 * Reads every saved entry. An entry that is not valid JSON or does not match the
 * schema is copied to a backup key, removed, and reported; the others load normally.
 */
export function loadAllProgress(storage: StorageLike, now: Date = new Date()): LoadedProgress {
  const entries: Record<string, ExerciseProgress> = {};
  const corrupt: CorruptEntry[] = [];
  for (const exerciseId of progressIds(storage)) {
    const raw = storage.getItem(progressKey(exerciseId));
    if (raw === null) continue;
    const problem = describeProblem(raw);
    if (problem === null) {
      entries[exerciseId] = exerciseProgressSchema.parse(JSON.parse(raw));
      continue;
    }
    const backupKey = backUp(storage, exerciseId, raw, now);
    // Only drop the damaged value once a copy is safe; otherwise the next save replaces it.
    if (backupKey !== null) storage.removeItem(progressKey(exerciseId));
    corrupt.push({ exerciseId, raw, backupKey, problem });
  }
  return { entries, corrupt };
}

/**
 * Replaces all saved progress with `entries` (used by import). All or nothing: if a
 * write fails, the previous values are put back and ProgressSaveError is thrown.
 */
export function replaceAllProgress(storage: StorageLike, entries: Record<string, ExerciseProgress>): void {
  const previous = new Map(progressIds(storage).map((id) => [id, storage.getItem(progressKey(id))!]));
  try {
    for (const id of previous.keys()) if (!(id in entries)) storage.removeItem(progressKey(id));
    for (const [id, entry] of Object.entries(entries)) saveProgress(storage, id, entry);
  } catch (error) {
    // Clear first so the old values, which fitted before, fit again.
    for (const id of progressIds(storage)) storage.removeItem(progressKey(id));
    for (const [id, raw] of previous) storage.setItem(progressKey(id), raw);
    throw error instanceof ProgressSaveError ? error : toSaveError(error, null);
  }
}

/** The error shown while the browser gives the page no storage at all. */
export function storageUnavailableError(): ProgressSaveError {
  return new ProgressSaveError(
    'unavailable',
    null,
    progress.storage.unavailable,
  );
}

/** What the learner is told about a corrupt entry. */
export function describeCorruptEntry(entry: CorruptEntry): string {
  const kept =
    entry.backupKey !== null
      ? progress.storage.backupKept(entry.backupKey)
      : progress.storage.backupFailed;
  return progress.storage.corrupt(entry.exerciseId, entry.problem, kept);
}

/** The page's localStorage, or null when the browser blocks it (some privacy modes throw on access). */
export function browserStorage(): StorageLike | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}
