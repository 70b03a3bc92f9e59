// Mistake: the timeout is measured from the last call the breaker saw, and refused calls
// count. Under steady traffic a call arrives every few seconds, the timeout never runs
// out, and the breaker never tries the dependency again.
export function createBreaker({ failureThreshold, resetTimeoutMs, now }: BreakerOptions): Breaker {
  let failuresInARow = 0;
  let lastSeenAt: number | null = null; // null while closed
  let trialRunning = false;

  const stateNow = (): BreakerState => {
    if (lastSeenAt === null) return 'closed';
    return now() - lastSeenAt >= resetTimeoutMs ? 'half-open' : 'open';
  };

  const refusal = (retryAfterMs: number): BreakerOpenError =>
    Object.assign(new Error('Circuit open: the dependency is failing.'), { code: 'CIRCUIT_OPEN' as const, retryAfterMs });

  return {
    get state() {
      return stateNow();
    },

    async call<T>(fn: () => Promise<T>): Promise<T> {
      const state = stateNow();
      if (state === 'open') {
        const retryAfterMs = lastSeenAt! + resetTimeoutMs - now();
        lastSeenAt = now();
        throw refusal(retryAfterMs);
      }
      if (state === 'half-open' && trialRunning) throw refusal(resetTimeoutMs);

      const trial = state === 'half-open';
      if (trial) trialRunning = true;
      try {
        const value = await fn();
        failuresInARow = 0;
        if (trial) lastSeenAt = null;
        return value;
      } catch (error) {
        if (trial || ++failuresInARow >= failureThreshold) {
          lastSeenAt = now();
          failuresInARow = 0;
        }
        throw error;
      } finally {
        if (trial) trialRunning = false;
      }
    },
  };
}
