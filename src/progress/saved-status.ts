/**
 * A light, read-only view of saved progress for the table of contents. It parses
 * nothing but the stored `state` field, so the first page does not carry xstate and
 * zod just to show a badge; the exercise and progress pages use the full store.
 */
import { progressKey } from './storage-keys';

export type SavedStatus = 'not_started' | 'in_progress' | 'passed';

/** The saved state of an exercise, or not_started when there is none or it is unreadable. */
export function savedStatus(exerciseId: string, storage: Pick<Storage, 'getItem'> | null = safeLocalStorage()): SavedStatus {
  try {
    const raw = storage?.getItem(progressKey(exerciseId));
    const state: unknown = raw ? JSON.parse(raw)?.state : null;
    return state === 'in_progress' || state === 'passed' ? state : 'not_started';
  } catch {
    return 'not_started';
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled by the browser's privacy settings
  }
}
