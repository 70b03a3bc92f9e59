/**
 * A circuit breaker around one dependency. Closed, it passes calls through and counts
 * failures in a row; after `failureThreshold` of them it opens and refuses calls at
 * once, sparing a dependency that is down; after `resetTimeoutMs` it is half-open and
 * lets one trial call through, whose outcome closes it or opens it again.
 *
 * @example
 * const payments = createBreaker({ failureThreshold: 5, resetTimeoutMs: 30_000, now: () => performance.now() });
 * try {
 *   return await payments.call(() => provider.charge(order));
 * } catch (error) {
 *   if (error.code === 'CIRCUIT_OPEN') return respond(503, { 'Retry-After': Math.ceil(error.retryAfterMs / 1000) });
 *   throw error;
 * }
 */
export function createBreaker({ failureThreshold, resetTimeoutMs, now }: BreakerOptions): Breaker {
  let failuresInARow = 0;
  // When the breaker last opened; null while closed. Open and half-open are both "not
  // closed": which of the two depends on the clock, so it is worked out when asked.
  let openedAt: number | null = null;
  let trialRunning = false;

  const stateNow = (): BreakerState => {
    if (openedAt === null) return 'closed';
    return now() - openedAt >= resetTimeoutMs ? 'half-open' : 'open';
  };

  const refusal = (retryAfterMs: number): BreakerOpenError =>
    Object.assign(new Error(`Circuit open: the dependency is failing; try again in ${Math.ceil(retryAfterMs / 1000)} s.`), {
      code: 'CIRCUIT_OPEN' as const,
      retryAfterMs,
    });

  const open = () => {
    openedAt = now();
    failuresInARow = 0;
  };

  return {
    get state() {
      return stateNow();
    },

    async call<T>(fn: () => Promise<T>): Promise<T> {
      const state = stateNow();
      // Refusing changes nothing: the timeout runs from when the breaker opened.
      if (state === 'open') throw refusal(openedAt! + resetTimeoutMs - now());
      if (state === 'half-open' && trialRunning) throw refusal(resetTimeoutMs);

      const trial = state === 'half-open';
      if (trial) trialRunning = true;
      try {
        const value = await fn();
        failuresInARow = 0;
        if (trial) openedAt = null;
        return value;
      } catch (error) {
        // One failed trial is enough; while closed, only failures in a row count.
        if (trial) open();
        else if (openedAt === null && ++failuresInARow >= failureThreshold) open();
        throw error;
      } finally {
        if (trial) trialRunning = false;
      }
    },
  };
}
