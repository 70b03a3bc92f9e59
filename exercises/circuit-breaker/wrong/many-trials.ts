// Mistake: once half-open, the breaker lets every call through until one of them
// decides. All the requests that queued up while it was open reach the recovering
// dependency at the same moment, which is the load the breaker was meant to hold back.
export function createBreaker({ failureThreshold, resetTimeoutMs, now }: BreakerOptions): Breaker {
  let failuresInARow = 0;
  // When the breaker last opened; null while closed. Open and half-open are both "not
  // closed": which of the two depends on the clock, so it is worked out when asked.
  let openedAt: number | null = null;

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

      const trial = state === 'half-open';
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
      }
    },
  };
}
