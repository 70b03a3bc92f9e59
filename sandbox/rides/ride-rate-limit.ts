import { ApiError } from '../patterns/errors';
import type { BucketPolicy, TokenBuckets } from '../patterns/token-bucket';
import type { RiderRecord, RiderTier } from './records';

/**
 * Ride requests are limited per rider by tier, on top of the API-wide limit: a basic rider
 * may request 5 rides a minute, a premium one 20. Each rider has a token bucket (the same
 * token-bucket.ts as chapter 7) that refills evenly over the minute, so a burst of a full
 * minute's quota is allowed and then one request per refill interval.
 */

export const RIDE_REQUEST_POLICIES: Readonly<Record<RiderTier, BucketPolicy>> = {
  basic: { capacity: 5, refillIntervalMs: 12_000 },
  premium: { capacity: 20, refillIntervalMs: 3_000 },
};

/** Takes one ride request from the rider's bucket: the RateLimit headers to send, or a 429 with Retry-After. */
export function takeRideRequest(buckets: TokenBuckets, rider: RiderRecord): Record<string, string> {
  const policy = RIDE_REQUEST_POLICIES[rider.tier];
  const result = buckets.take(`rides:${rider.id}`, policy);
  const windowSeconds = (policy.capacity * policy.refillIntervalMs) / 1000;
  const nextSeconds = Math.ceil(result.nextTokenMs / 1000);
  const headers = {
    'RateLimit-Policy': `"rides-${rider.tier}";q=${policy.capacity};w=${windowSeconds}`,
    RateLimit: `"rides-${rider.tier}";r=${result.remaining};t=${nextSeconds}`,
  };
  if (result.allowed) return headers;
  const retryAfter = String(Math.max(1, nextSeconds));
  throw new ApiError(
    'rate_limit_exceeded',
    `Rider ${rider.id} is on the ${rider.tier} tier, which allows ${policy.capacity} ride requests per minute, and has used them. Retry in ${retryAfter} s (the Retry-After header)${rider.tier === 'basic' ? '; premium riders may request 20 per minute' : ''}.`,
    { headers: { ...headers, 'Retry-After': retryAfter } },
  );
}
