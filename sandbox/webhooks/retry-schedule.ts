/**
 * When a failed delivery is tried again: exponential backoff with full jitter.
 *
 * The n-th retry waits a random time between 0 and RETRY_CAPS_MS[n-1] (5 s, 30 s, 2 min,
 * 10 min, 1 h). Growing caps give a receiver that is down longer more room to recover;
 * the randomness ("full jitter") spreads the retries of many messages that failed at the
 * same moment, so they do not all hit the recovering receiver at once. After the first
 * attempt and the five retries, the delivery goes to the dead-letter list.
 *
 * The randomness is a seeded sequence, so the same sandbox history gives the same delays.
 */

import { seededRandom } from '../store/seeded-random';

/** The upper bound of the wait before retry 1, 2, 3, 4 and 5. */
export const RETRY_CAPS_MS = [5_000, 30_000, 120_000, 600_000, 3_600_000] as const;

/** The first attempt plus one per retry. */
export const MAX_ATTEMPTS = 1 + RETRY_CAPS_MS.length;

/** The seed the sandbox starts with (and returns to on reset). */
export const JITTER_SEED = 1;

/** The schedule in words, for docs and error messages. */
export const RETRY_SCHEDULE_TEXT = 'retry n waits a random time up to 5 s, 30 s, 2 min, 10 min, 1 h (full jitter); 6 attempts in all, then the dead-letter list';

/**
 * A backoff source: `delayBefore(n)` is the wait before retry n (1-based), whole milliseconds.
 * @example const backoff = createBackoff(1); backoff.delayBefore(1) // somewhere in 0..5000
 */
export function createBackoff(seed: number = JITTER_SEED) {
  let random = seededRandom(seed);
  return {
    delayBefore(retry: number): number {
      const cap = RETRY_CAPS_MS[Math.min(retry, RETRY_CAPS_MS.length) - 1]!;
      return Math.floor(random() * cap);
    },
    /** Starts the random sequence again. */
    reset(): void {
      random = seededRandom(seed);
    },
  };
}

export type Backoff = ReturnType<typeof createBackoff>;
