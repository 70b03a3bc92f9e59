/**
 * A token-bucket rate limiter: one bucket per key, holding up to `capacity` tokens.
 * Each allowed request takes one token; tokens flow back at `refillPerSecond`.
 * A quiet client may burst up to the capacity, a busy one is held to the refill rate.
 *
 * @example
 * const limiter = createLimiter({ capacity: 10, refillPerSecond: 1, now: () => performance.now() });
 * const decision = limiter.take('api-key-123');
 * if (!decision.allowed) respond(429, { 'Retry-After': String(decision.retryAfterSeconds) });
 */
export function createLimiter({ capacity, refillPerSecond, now }: BucketOptions): BucketLimiter {
  // One bucket per key: how many tokens it holds, and when it was last topped up.
  const buckets = new Map<string, { tokens: number; checkedAt: number }>();

  return {
    take(key) {
      // A first draft: every request is allowed and nothing is counted yet.
      // Top up the key's bucket for the time that passed since its last request,
      // then decide, take a token, and fill in the numbers for the headers.
      return { allowed: true, limit: capacity, remaining: capacity, resetSeconds: 0, retryAfterSeconds: 0 };
    },
  };
}
