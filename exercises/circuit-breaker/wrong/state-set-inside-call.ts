// Mistake: state is a plain field that only call() updates. The move to half-open
// happens when the next call arrives, so a dashboard or health check reading state after
// the timeout still sees "open", and reports the dependency as cut off when a trial is due.
export function createBreaker({ failureThreshold, resetTimeoutMs, now }: BreakerOptions): Breaker {
  let failuresInARow = 0;
  let openedAt = 0;
  let trialRunning = false;

  const breaker = {
    state: 'closed' as BreakerState,

    async call<T>(fn: () => Promise<T>): Promise<T> {
      if (breaker.state === 'open' && now() - openedAt >= resetTimeoutMs) breaker.state = 'half-open';
      if (breaker.state === 'open' || trialRunning) {
        const retryAfterMs = breaker.state === 'open' ? openedAt + resetTimeoutMs - now() : resetTimeoutMs;
        throw Object.assign(new Error('Circuit open: the dependency is failing.'), { code: 'CIRCUIT_OPEN' as const, retryAfterMs });
      }

      const trial = breaker.state === 'half-open';
      if (trial) trialRunning = true;
      try {
        const value = await fn();
        failuresInARow = 0;
        breaker.state = 'closed';
        return value;
      } catch (error) {
        if (trial || ++failuresInARow >= failureThreshold) {
          breaker.state = 'open';
          openedAt = now();
          failuresInARow = 0;
        }
        throw error;
      } finally {
        if (trial) trialRunning = false;
      }
    },
  };
  return breaker;
}
