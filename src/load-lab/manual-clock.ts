import type { LoadClock } from './load-clock';

/**
 * A clock that moves only when told to, for tests and dry runs of the engine: sleepers wake
 * in time order as `runUntil` advances, and pending promise callbacks are let through between
 * steps, so virtual users interleave exactly as they would on a real clock.
 */
export interface ManualClock extends LoadClock {
  /** Moves time forward, waking each sleeper at its due time, until `time` or until `done` settles. */
  runUntil(time: number, done?: Promise<unknown>): Promise<void>;
}

/** A manual clock starting at `start` ms. */
export function createManualClock(start = 0): ManualClock {
  let now = start;
  let sequence = 0;
  const sleepers: { due: number; order: number; wake: () => void }[] = [];
  // Let every queued callback run (fetches resolve, bodies are read, users schedule their next
  // sleep). setImmediate, where there is one, is a macrotask without setTimeout's 1 ms floor.
  const later: (run: () => void) => void = (globalThis as { setImmediate?: (run: () => void) => void }).setImmediate ?? ((run) => setTimeout(run, 0));
  const settle = () => new Promise<void>((resolve) => later(resolve));

  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise((resolve) => {
        if (signal?.aborted) return resolve();
        const sleeper = { due: now + Math.max(0, ms), order: sequence++, wake: resolve };
        sleepers.push(sleeper);
        signal?.addEventListener(
          'abort',
          () => {
            const index = sleepers.indexOf(sleeper);
            if (index >= 0) sleepers.splice(index, 1);
            resolve();
          },
          { once: true },
        );
      });
    },
    async runUntil(time, done) {
      let finished = false;
      void done?.then(() => (finished = true));
      await settle();
      while (!finished) {
        sleepers.sort((a, b) => a.due - b.due || a.order - b.order);
        const next = sleepers[0];
        if (!next || next.due > time) break;
        sleepers.shift();
        now = Math.max(now, next.due);
        next.wake();
        await settle();
      }
      if (!finished) now = Math.max(now, time);
      await settle();
    },
  };
}
