/**
 * A clock that only moves when the grader moves it, so that "these calls ran in parallel"
 * is measured exactly and instantly, whatever the machine's speed. Services sleep on it;
 * `drive` runs a learner's function and wakes sleepers one at a time, earliest first,
 * letting the learner's promise chains settle (a macrotask) between two wake-ups.
 */

interface Sleeper {
  wakeAt: number;
  order: number;
  wake: () => void;
}

export interface VirtualClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Wakes the earliest sleeper (moving time to it); false when nobody sleeps. */
  wakeNext(): boolean;
  /** True while someone sleeps on the clock. */
  pending(): boolean;
}

/** Creates a virtual clock standing at 0. */
export function createVirtualClock(): VirtualClock {
  let current = 0;
  let created = 0;
  let sleepers: Sleeper[] = [];
  return {
    now: () => current,
    sleep: (ms) =>
      new Promise((resolve) => {
        sleepers.push({ wakeAt: current + ms, order: created++, wake: resolve });
      }),
    pending: () => sleepers.length > 0,
    wakeNext() {
      const next = [...sleepers].sort((a, b) => a.wakeAt - b.wakeAt || a.order - b.order)[0];
      if (!next) return false;
      sleepers = sleepers.filter((sleeper) => sleeper !== next);
      current = Math.max(current, next.wakeAt);
      next.wake();
      return true;
    },
  };
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export type Settled<T> = { ok: true; value: T; elapsed: number } | { ok: false; error: unknown; elapsed: number };

/** Runs `start` to the end on the virtual clock; reports its value or error and the virtual time it took. */
export async function drive<T>(clock: VirtualClock, start: () => Promise<T>): Promise<Settled<T>> {
  const began = clock.now();
  let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
  try {
    start().then(
      (value) => (outcome = { ok: true, value }),
      (error: unknown) => (outcome = { ok: false, error }),
    );
  } catch (error) {
    outcome = { ok: false, error };
  }
  // Generous: a dashboard makes a handful of calls; thousands of wake-ups mean a loop.
  for (let step = 0; step < 2_000 && outcome === undefined; step++) {
    await macrotask();
    if (outcome !== undefined) break;
    if (!clock.wakeNext()) {
      // Nobody sleeps on the virtual clock: give real timers the learner may use a moment (up to ~100 ms) before giving up.
      for (let wait = 0; wait < 20 && outcome === undefined && !clock.pending(); wait++) await new Promise<void>((resolve) => setTimeout(resolve, 5));
      if (outcome === undefined && !clock.pending()) outcome = { ok: false, error: new Error('it never finished: it awaits a promise that nothing resolves (did you forget to call a service, or to return?)') };
    }
  }
  const elapsed = clock.now() - began;
  return outcome === undefined ? { ok: false, error: new Error('it kept calling services without end'), elapsed } : { ...outcome, elapsed };
}
