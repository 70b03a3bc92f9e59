/**
 * The sandbox's sense of time. Everything that stamps or expires something
 * (created_at now; sunset dates, token expiry and retry windows in later chapters)
 * asks the clock instead of `Date.now()`, so tests and demos can move time at will.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, as `Date.now()` would report them. */
  now(): number;
  /** Jumps to the given instant (epoch ms, ISO string or Date). */
  set(time: number | string | Date): void;
  /** Moves time forward (or back, with a negative number) by `ms` milliseconds. */
  advance(ms: number): void;
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
  };
}

/**
 * A clock that stands still until told to move: deterministic timestamps for tests.
 * @example const clock = createManualClock('2026-01-01T00:00:00Z'); clock.advance(60_000);
 */
export function createManualClock(start: number | string | Date = 0): Clock {
  let current = toEpochMs(start);
  return {
    now: () => current,
    set: (time) => {
      current = toEpochMs(time);
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
