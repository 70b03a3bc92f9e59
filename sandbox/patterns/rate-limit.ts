import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../env';
import { ApiError } from './errors';
import { API_BASE } from './links';
import type { BucketPolicy, TakeResult, TokenBuckets } from './token-bucket';

/**
 * Rate limiting: every client has a token bucket (token-bucket.ts), sized by its tier.
 * The client is whoever the `X-API-Key` header names; without the header, the client
 * is "anonymous" (one bucket per sandbox). A request the bucket refuses gets 429 and
 * Retry-After; every response says where the client stands, in two dialects:
 *
 * - `X-RateLimit-Limit` / `-Remaining` / `-Reset`: the de-facto headers (GitHub, Twitter).
 *   Reset here is the number of seconds until the bucket is full again — a delta, as the
 *   IETF draft uses, not GitHub's epoch timestamp: it needs no clock agreement.
 * - `RateLimit-Policy` and `RateLimit` (draft-ietf-httpapi-ratelimit-headers), structured
 *   fields: the policy's quota `q` per window `w` seconds, and what remains `r` with `t`
 *   seconds until it grows again (the next token).
 */

export const RATE_LIMIT_TIERS = {
  /** Generous, so that reading the chapters and clicking Try-it never hits it. */
  anonymous: { capacity: 100, refillIntervalMs: 100 },
  /** Small on purpose: eleven quick requests show a 429. */
  free: { capacity: 10, refillIntervalMs: 6_000 },
  pro: { capacity: 100, refillIntervalMs: 200 },
} as const satisfies Record<string, BucketPolicy>;

export type Tier = keyof typeof RATE_LIMIT_TIERS;

/** The demo keys a learner can send as `X-API-Key`, and the tier each one buys. */
export const DEMO_API_KEYS: Readonly<Record<string, Tier>> = {
  key_free_demo: 'free',
  key_pro_demo: 'pro',
};

// The draft's window must be whole seconds; catch a tier that breaks that when the module loads.
for (const [tier, policy] of Object.entries(RATE_LIMIT_TIERS)) {
  if ((policy.capacity * policy.refillIntervalMs) % 1000 !== 0) {
    throw new Error(`Rate-limit tier "${tier}": capacity × refillIntervalMs must be whole seconds; change one of them.`);
  }
}

/** Seconds until a full bucket of this tier drains and refills: the `w` of RateLimit-Policy. */
export function windowSeconds(tier: Tier): number {
  const policy = RATE_LIMIT_TIERS[tier];
  return (policy.capacity * policy.refillIntervalMs) / 1000;
}

/** The headers that tell a client where it stands after this request. */
export function rateLimitHeaders(tier: Tier, result: TakeResult): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(result.limit),
    'X-RateLimit-Remaining': String(result.remaining),
    'X-RateLimit-Reset': String(seconds(result.fullMs)),
    'RateLimit-Policy': `"${tier}";q=${result.limit};w=${windowSeconds(tier)}`,
    RateLimit: `"${tier}";r=${result.remaining};t=${seconds(result.nextTokenMs)}`,
  };
}

/**
 * The sandbox's own control routes are not limited: they are the lab bench, not the API
 * being studied, and a reset must work even when a learner has emptied a bucket on purpose.
 */
export const RATE_LIMIT_EXEMPT_PREFIX = `${API_BASE}/sandbox/`;

/** The rate-limit fields that may carry several policies, one list member each. */
const LIST_FIELDS = new Set(['RateLimit-Policy', 'RateLimit']);

/** Middleware that identifies the client, takes a token from its bucket, and refuses with 429 when there is none. */
export function rateLimit(buckets: TokenBuckets): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    if (c.req.path.startsWith(RATE_LIMIT_EXEMPT_PREFIX)) return next();

    const apiKey = c.req.header('X-API-Key');
    const keyTier = apiKey !== undefined && Object.hasOwn(DEMO_API_KEYS, apiKey) ? DEMO_API_KEYS[apiKey]! : undefined;
    // A request with an unknown key is charged to the anonymous bucket: guessing keys is not free.
    const tier: Tier = keyTier ?? 'anonymous';
    const result = buckets.take(keyTier ? `key:${apiKey}` : 'anonymous', RATE_LIMIT_TIERS[tier]);
    const headers = rateLimitHeaders(tier, result);

    if (!result.allowed) {
      const retryAfter = seconds(result.nextTokenMs);
      throw new ApiError('rate_limit_exceeded', `${tooManyMessage(tier)} Wait ${retryAfter} s (the Retry-After header) before the next request.`, {
        headers: { ...headers, 'Retry-After': String(retryAfter) },
      });
    }
    if (apiKey !== undefined && !keyTier) {
      // The key itself is never echoed back: error bodies end up in logs.
      throw new ApiError(
        'invalid_api_key',
        'The X-API-Key header holds a key the sandbox does not know. Send key_free_demo or key_pro_demo, or leave the header out to call anonymously.',
        { param: 'X-API-Key', headers: { ...headers, 'WWW-Authenticate': 'ApiKey realm="sandbox"' } },
      );
    }

    await next();
    for (const [name, value] of Object.entries(headers)) {
      // RateLimit and RateLimit-Policy are structured-field Lists (draft-ietf-httpapi-ratelimit-headers):
      // a route with its own quota (ride requests per rider tier) has already put its policy there, and
      // the client must see both, so this one is appended. The X-RateLimit-* trio holds one value: set.
      if (LIST_FIELDS.has(name)) c.res.headers.append(name, value);
      else c.res.headers.set(name, value);
    }
  };
}

function tooManyMessage(tier: Tier): string {
  const { capacity, refillIntervalMs } = RATE_LIMIT_TIERS[tier];
  const every = refillIntervalMs >= 1000 ? `${refillIntervalMs / 1000} s` : `${refillIntervalMs} ms`;
  const upgrade = tier === 'free' ? ' The pro tier (X-API-Key: key_pro_demo) allows more.' : '';
  return `Too many requests for the ${tier} tier: it allows a burst of ${capacity} requests, then one more every ${every}.${upgrade}`;
}

/** Whole seconds, rounded up: waiting 0.2 s less than needed would still be refused. */
function seconds(ms: number): number {
  return Math.ceil(ms / 1000);
}
