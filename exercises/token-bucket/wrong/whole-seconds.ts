// Mistake: the refill counts whole seconds only, and moves the last-refill time to now
// on every request. The fraction of a second since the last request is thrown away, so
// a client calling every 0.4 s never earns a token, and no token comes back until a
// whole second has passed, even at 2 tokens a second.
export function createLimiter({ capacity, refillPerSecond, now }: BucketOptions): BucketLimiter {
  const buckets = new Map<string, { tokens: number; checkedAt: number }>();

  return {
    take(key) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, checkedAt: time };
      buckets.set(key, bucket);

      const elapsedSeconds = Math.floor(Math.max(0, time - bucket.checkedAt) / 1000);
      bucket.tokens = Math.min(capacity, bucket.tokens + elapsedSeconds * refillPerSecond);
      bucket.checkedAt = Math.max(bucket.checkedAt, time);

      const allowed = bucket.tokens >= 1;
      if (allowed) bucket.tokens -= 1;

      return {
        allowed,
        limit: capacity,
        remaining: Math.floor(bucket.tokens),
        resetSeconds: Math.ceil((capacity - bucket.tokens) / refillPerSecond),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)),
      };
    },
  };
}
