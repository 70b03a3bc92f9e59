import type { Clock } from '../store/clock';

/**
 * The sandbox's own calendar: when it started (the deprecation schedule counts from
 * here) and how far a learner has moved its clock through PUT /api/v1/sandbox/clock.
 * The clock may be moved back, but never before the start: the seed data is dated from
 * there. What was already stamped keeps its time, so after a move back some records
 * lie "in the future"; a reset (POST /api/v1/sandbox/reset) starts everything afresh.
 */
export interface SandboxTime {
  /** Epoch ms of the sandbox's start or last reset. */
  startedAt(): number;
  /** Milliseconds the learner has moved the clock since the start. */
  offsetMs(): number;
  /** Moves the clock by `ms` (negative moves it back). */
  advance(ms: number): void;
  /** Puts the clock back and starts the calendar again; call after clock.reset(). */
  reset(): void;
}

/** The calendar of one sandbox, on its clock. */
export function createSandboxTime(clock: Clock): SandboxTime {
  let startedAt = clock.now();
  let offset = 0;
  return {
    startedAt: () => startedAt,
    offsetMs: () => offset,
    advance(ms) {
      clock.advance(ms);
      offset += ms;
    },
    reset() {
      startedAt = clock.now();
      offset = 0;
    },
  };
}
