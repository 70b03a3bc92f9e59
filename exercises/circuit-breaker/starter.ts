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
  // A first draft: every call goes through and nothing is counted yet.
  // Count failures in a row, remember when the breaker opened, and refuse while open.
  return {
    get state(): BreakerState {
      return 'closed';
    },

    async call<T>(fn: () => Promise<T>): Promise<T> {
      return fn();
    },
  };
}
