import type { Clock } from '../store/clock';

/**
 * Timeouts on outbound calls: a caller that waits forever for a slow dependency ties up
 * its own resources and passes the slowness on to its clients. After `ms` the call is
 * abandoned — its AbortSignal fires so the work can stop — and a TimeoutError is thrown.
 */

/** Thrown when the work did not finish within its time limit. */
export class TimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`The call did not finish within ${ms} ms.`);
    this.name = 'TimeoutError';
  }
}

/**
 * Runs `work`, giving up once more than `ms` milliseconds of `clock` time have passed.
 * @example await withTimeout(clock, 1000, (signal) => provider.charge(payment, signal));
 */
export async function withTimeout<T>(clock: Clock, ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const abandon = new AbortController();
  const timerDone = new AbortController();
  // The work starts before the timer, so work that takes exactly `ms` still counts as on time.
  const result = work(abandon.signal);
  const timer = clock.sleep(ms, timerDone.signal).then(() => {
    abandon.abort(new TimeoutError(ms));
    throw new TimeoutError(ms);
  });
  // The timer is cancelled once the work settles; its rejection then is expected, not an error.
  timer.catch(() => undefined);
  try {
    return await Promise.race([result, timer]);
  } finally {
    timerDone.abort();
  }
}
