// Mistake: the elapsed time is used as it comes. When the clock steps back (a wall
// clock being corrected), elapsed is negative and the refill subtracts tokens: the
// bucket goes below zero and remaining turns negative.
export function createLimiter({ capacity, refillPerSecond, now }: BucketOptions): BucketLimiter {
  const buckets = new Map<string, { tokens: number; checkedAt: number }>();

  return {
    take(key) {
      const time = now();
      const bucket = buckets.get(key) ?? { tokens: capacity, checkedAt: time };
      buckets.set(key, bucket);

      const elapsedSeconds = (time - bucket.checkedAt) / 1000;
      bucket.tokens = Math.min(capacity, bucket.tokens + elapsedSeconds * refillPerSecond);
      bucket.checkedAt = time;

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
