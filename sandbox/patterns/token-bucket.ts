import type { Clock } from '../store/clock';

/**
 * Token buckets, one per client. A bucket holds up to `capacity` tokens; each request
 * takes one; one token comes back every `refillIntervalMs`. A client may burst up to
 * the capacity, then is held to the refill rate.
 *
 * The arithmetic is in whole tokens and whole milliseconds: instead of adding fractions
 * of a token (and rounding them away), the bucket remembers when the current token
 * started to grow, so the time already spent towards the next token is never lost.
 */

export interface BucketPolicy {
  /** Most tokens the bucket holds: the largest burst. */
  capacity: number;
  /** Milliseconds to earn one token back. */
  refillIntervalMs: number;
}

export interface TakeResult {
  /** Whether the request may go ahead (a token was taken). */
  allowed: boolean;
  /** The bucket's capacity. */
  limit: number;
  /** Tokens left after this request. */
  remaining: number;
  /** Milliseconds until the next token arrives; 0 when the bucket is full. */
  nextTokenMs: number;
  /** Milliseconds until the bucket is full again; 0 when it is full. */
  fullMs: number;
}

interface Bucket {
  tokens: number;
  /** When the token now being earned started to grow. */
  since: number;
}

/** A set of buckets keyed by client, all on one clock. */
export class TokenBuckets {
  #buckets = new Map<string, Bucket>();

  constructor(private readonly clock: Pick<Clock, 'now'>) {}

  /** Takes one token from `key`'s bucket if there is one; a new key starts with a full bucket. */
  take(key: string, policy: BucketPolicy): TakeResult {
    const now = this.clock.now();
    const bucket = this.#buckets.get(key) ?? { tokens: policy.capacity, since: now };
    this.#buckets.set(key, bucket);
    refill(bucket, policy, now);

    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    const missing = policy.capacity - bucket.tokens;
    const nextTokenMs = missing === 0 ? 0 : policy.refillIntervalMs - (now - bucket.since);
    return {
      allowed,
      limit: policy.capacity,
      remaining: bucket.tokens,
      nextTokenMs,
      fullMs: missing === 0 ? 0 : nextTokenMs + (missing - 1) * policy.refillIntervalMs,
    };
  }

  /** Forgets every bucket: every client starts full again. */
  reset(): void {
    this.#buckets.clear();
  }
}

function refill(bucket: Bucket, policy: BucketPolicy, now: number): void {
  // A full bucket earns nothing: time spent full must not count towards a later token.
  if (bucket.tokens >= policy.capacity) {
    bucket.since = now;
    return;
  }
  // The clock was set back: start earning again from now, and never hand out tokens for it.
  if (now < bucket.since) {
    bucket.since = now;
    return;
  }
  const earned = Math.floor((now - bucket.since) / policy.refillIntervalMs);
  bucket.tokens = Math.min(policy.capacity, bucket.tokens + earned);
  bucket.since = bucket.tokens === policy.capacity ? now : bucket.since + earned * policy.refillIntervalMs;
}
