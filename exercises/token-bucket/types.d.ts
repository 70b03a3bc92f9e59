// Types the editor knows about while you solve "token-bucket". They are global:
// use them in your code without importing anything.

/** What createLimiter is given. */
interface BucketOptions {
  /** Most tokens one bucket holds: the largest burst a client may send at once. A whole number, at least 1. */
  capacity: number;
  /** Tokens that flow back into a bucket per second. May be fractional: 0.5 is one token every two seconds. */
  refillPerSecond: number;
  /**
   * The current time in milliseconds, from a clock meant to move only forward (like
   * performance.now()). The checks control it; read the time from here and nowhere else.
   */
  now: () => number;
}

/** The limiter's answer for one request, with the numbers the response headers carry. */
interface BucketDecision {
  /** True when the request may go ahead (it took a token); false for a 429. */
  allowed: boolean;
  /** The bucket's capacity. Sent as X-RateLimit-Limit. */
  limit: number;
  /** Whole tokens left after this request: how many more requests would be allowed right now. Sent as X-RateLimit-Remaining. */
  remaining: number;
  /** Whole seconds, rounded up, until the bucket is full again. Sent as X-RateLimit-Reset. */
  resetSeconds: number;
  /** On a refusal: whole seconds, rounded up and at least 1, until a request will be allowed. Sent as Retry-After. 0 when allowed. */
  retryAfterSeconds: number;
}

/** A set of token buckets, one per key (a user, an API key, an IP address). */
interface BucketLimiter {
  /** Decides one request from `key`, taking a token from that key's bucket when there is one. */
  take(key: string): BucketDecision;
}
