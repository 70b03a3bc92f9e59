// Mistake: every request takes a token first and the decision looks at what is left,
// so refused requests drive the count below zero. A client that keeps retrying digs
// itself deeper and is still refused long after its tokens should be back.
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

      bucket.tokens -= 1;
      const allowed = bucket.tokens >= 0;

      return {
        allowed,
        limit: capacity,
        remaining: Math.max(0, Math.floor(bucket.tokens)),
        resetSeconds: Math.ceil((capacity - bucket.tokens) / refillPerSecond),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil(-bucket.tokens / refillPerSecond)),
      };
    },
  };
}
