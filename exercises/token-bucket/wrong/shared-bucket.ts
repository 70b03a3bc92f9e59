// Mistake: one bucket for everybody. The key is accepted but never used, so a single
// busy client empties the bucket and every other client is refused with it.
export function createLimiter({ capacity, refillPerSecond, now }: BucketOptions): BucketLimiter {
  let tokens = capacity;
  let checkedAt = now();

  return {
    take(key) {
      const time = now();
      tokens = Math.min(capacity, tokens + (Math.max(0, time - checkedAt) / 1000) * refillPerSecond);
      checkedAt = Math.max(checkedAt, time);

      const allowed = tokens >= 1;
      if (allowed) tokens -= 1;

      return {
        allowed,
        limit: capacity,
        remaining: Math.floor(tokens),
        resetSeconds: Math.ceil((capacity - tokens) / refillPerSecond),
        retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)),
      };
    },
  };
}
