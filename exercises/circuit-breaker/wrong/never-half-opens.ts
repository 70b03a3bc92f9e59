// Mistake: the breaker has no way back. Once open it refuses every call forever, so a
// dependency that recovers after a minute stays cut off until the server restarts.
export function createBreaker({ failureThreshold, now }: BreakerOptions): Breaker {
  let failuresInARow = 0;
  let openedAt: number | null = null;

  return {
    get state(): BreakerState {
      return openedAt === null ? 'closed' : 'open';
    },

    async call<T>(fn: () => Promise<T>): Promise<T> {
      if (openedAt !== null) {
        throw Object.assign(new Error('Circuit open: the dependency is failing.'), { code: 'CIRCUIT_OPEN' as const, retryAfterMs: 60_000 });
      }
      try {
        const value = await fn();
        failuresInARow = 0;
        return value;
      } catch (error) {
        failuresInARow += 1;
        if (failuresInARow >= failureThreshold) openedAt = now();
        throw error;
      }
    },
  };
}
