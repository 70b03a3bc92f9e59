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
  // tokens may be fractional: time earns part of a token long before a whole one.
  const buckets = new Map<string, { tokens: number; checkedAt: number }>();

  return {
    take(key) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, checkedAt: time };
      buckets.set(key, bucket);

      // A clock set back reads as negative elapsed time: count it as none, and keep the
      // latest reading, so time is never earned twice once the clock catches up.
      const elapsedSeconds = Math.max(0, time - bucket.checkedAt) / 1000;
      bucket.tokens = Math.min(capacity, bucket.tokens + elapsedSeconds * refillPerSecond);
      bucket.checkedAt = Math.max(bucket.checkedAt, time);

      // Decide before taking: a refused request costs nothing, so tokens never go below 0.
      const allowed = bucket.tokens >= 1;
      if (allowed) bucket.tokens -= 1;

      return {
        allowed,
        limit: capacity,
        remaining: Math.floor(bucket.tokens),
        // Round waits up: a client told to come back too early is only refused again.
        resetSeconds: Math.ceil((capacity - bucket.tokens) / refillPerSecond),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)),
      };
    },
  };
}
