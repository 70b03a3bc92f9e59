// Mistake: the waits are rounded to the nearest second instead of up. A client told
// "Retry-After: 0" when the next token is 0.4 s away retries at once and is refused
// again; told "1" when it is 1.3 s away, it comes back too early.
export function createLimiter({ capacity, refillPerSecond, now }: BucketOptions): BucketLimiter {
  const buckets = new Map<string, { tokens: number; checkedAt: number }>();

  return {
    take(key) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, checkedAt: time };
      buckets.set(key, bucket);

      const elapsedSeconds = Math.max(0, time - bucket.checkedAt) / 1000;
      bucket.tokens = Math.min(capacity, bucket.tokens + elapsedSeconds * refillPerSecond);
      bucket.checkedAt = Math.max(bucket.checkedAt, time);

      const allowed = bucket.tokens >= 1;
      if (allowed) bucket.tokens -= 1;

      return {
        allowed,
        limit: capacity,
        remaining: Math.floor(bucket.tokens),
        resetSeconds: Math.round((capacity - bucket.tokens) / refillPerSecond),
        retryAfterSeconds: allowed ? 0 : Math.round((1 - bucket.tokens) / refillPerSecond),
      };
    },
  };
}
