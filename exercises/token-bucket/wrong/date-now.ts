// Mistake: the limiter reads the system clock with Date.now() instead of the injected
// now(). It works in production, but nothing can move its time: tests, replays and
// the sandbox's clock controls all see a bucket that never refills.
export function createLimiter({ capacity, refillPerSecond }: BucketOptions): BucketLimiter {
  const buckets = new Map<string, { tokens: number; checkedAt: number }>();

  return {
    take(key) {
      const time = Date.now();
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
        resetSeconds: Math.ceil((capacity - bucket.tokens) / refillPerSecond),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)),
      };
    },
  };
}
