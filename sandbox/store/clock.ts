/**
 * The sandbox's sense of time. Everything that stamps or expires something
 * (created_at now; rate-limit refills, breaker cool-downs, provider latency)
 * asks the clock instead of `Date.now()` or `setTimeout`, so tests and demos can move time at will.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, as `Date.now()` would report them. */
  now(): number;
  /** Jumps to the given instant (epoch ms, ISO string or Date). */
  set(time: number | string | Date): void;
  /** Moves time forward (or back, with a negative number) by `ms` milliseconds. */
  advance(ms: number): void;
  /**
   * Resolves once `ms` milliseconds have passed on this clock; rejects with the signal's
   * reason if `signal` aborts first. Real waiting on the system clock; on a manual clock
   * the time jumps forward instead, so a test of a 2-second timeout takes no time at all.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * Undoes every `set` and `advance`: the system clock follows the machine again (offset 0),
   * a manual clock goes back to the instant it was created with. Sandbox reset calls it.
   */
  reset(): void;
}

function toEpochMs(time: number | string | Date): number {
  const ms = time instanceof Date ? time.getTime() : typeof time === 'string' ? Date.parse(time) : time;
  if (!Number.isFinite(ms)) {
    throw new TypeError(`Clock time "${String(time)}" is not a valid date; pass epoch milliseconds, an ISO 8601 string or a Date.`);
  }
  return ms;
}

/** A clock that follows the machine's time, shifted by whatever `set`/`advance` asked for. */
export function createSystemClock(): Clock {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    set: (time) => {
      offset = toEpochMs(time) - Date.now();
    },
    advance: (ms) => {
      offset += ms;
    },
    reset: () => {
      offset = 0;
    },
    sleep: (ms, signal) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        }, Math.max(0, ms));
        const onAbort = () => {
          clearTimeout(timer);
          reject(signal!.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
  };
}

interface Sleeper {
  wakeAt: number;
  /** Creation order, so two sleepers that wake at the same instant wake in the order they slept. */
  order: number;
  wake(): void;
}

/**
 * A clock that stands still until told to move: deterministic timestamps for tests.
 * `sleep` is virtual time: pending sleepers wake one at a time, earliest first, and the
 * clock jumps to each one's wake-up time. Between two wake-ups the event loop runs, so
 * whatever the first one triggers (a timeout that aborts a slow call) happens before the next.
 * @example const clock = createManualClock('2026-01-01T00:00:00Z'); clock.advance(60_000);
 */
export function createManualClock(start: number | string | Date = 0): Clock {
  const origin = toEpochMs(start);
  let current = origin;
  let sleepers: Sleeper[] = [];
  let created = 0;
  let wakeScheduled = false;

  const wakeNext = () => {
    wakeScheduled = false;
    const next = sleepers.reduce<Sleeper | undefined>((a, b) => (!a || b.wakeAt < a.wakeAt || (b.wakeAt === a.wakeAt && b.order < a.order) ? b : a), undefined);
    if (!next) return;
    sleepers = sleepers.filter((sleeper) => sleeper !== next);
    current = Math.max(current, next.wakeAt);
    next.wake();
    scheduleWake();
  };
  // A macrotask, not a microtask: the woken code's promise chain settles before the next sleeper wakes.
  const scheduleWake = () => {
    if (wakeScheduled || sleepers.length === 0) return;
    wakeScheduled = true;
    setTimeout(wakeNext, 0);
  };

  return {
    now: () => current,
    set: (time) => {
      current = toEpochMs(time);
    },
    advance: (ms) => {
      current += ms;
    },
    reset: () => {
      current = origin;
    },
    sleep: (ms, signal) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const sleeper: Sleeper = {
          wakeAt: current + Math.max(0, ms),
          order: created++,
          wake: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          sleepers = sleepers.filter((other) => other !== sleeper);
          reject(signal!.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        sleepers.push(sleeper);
        scheduleWake();
      }),
  };
}
