// Mistake: a success does not set the failure count back to 0, so the breaker counts
// every failure since it last closed. Three failures spread over a busy, healthy hour
// open it, although the dependency never failed twice in a row.
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
