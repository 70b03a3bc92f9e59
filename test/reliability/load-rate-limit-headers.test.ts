import { describe, expect, it } from 'vitest';
import { call } from '../sandbox/support';
import { authSandbox } from '../sandbox/tenants-support';
import { policyMember } from './load-clients';

/*
 * Regression: a ride request is limited twice, by the rider's tier and by the API-wide
 * limiter, and the client must see both policies. The API-wide limiter used to `set` its
 * RateLimit and RateLimit-Policy after the route had answered, overwriting the ride tier's;
 * both fields are structured-field Lists (draft-ietf-httpapi-ratelimit-headers), so it now
 * appends its member.
 */

const TRIP = { pickup: { lat: 52.52, lng: 13.405 }, dropoff: { lat: 52.5, lng: 13.42 } };

describe('rate-limit fields when two limits apply', () => {
  it('lists the ride tier’s policy and the API key’s policy on each ride request, and on the 429', async () => {
    const env = authSandbox();
    // Grace is a basic rider (5 ride requests a minute); her free key allows 10 API requests.
    const headers = { ...(await env.bearer('grace')), 'X-API-Key': 'key_free_demo' };
    for (let i = 0; i < 5; i += 1) {
      const res = await call(env.sandbox, 'POST', '/api/v1/rides', { json: TRIP, headers });
      expect(res.status, res.text).toBe(201);
      expect(policyMember(res.headers.get('RateLimit-Policy'), 'rides-basic')).toEqual({ q: 5, w: 60 });
      expect(policyMember(res.headers.get('RateLimit-Policy'), 'free')).toEqual({ q: 10, w: 60 });
      expect(policyMember(res.headers.get('RateLimit'), 'rides-basic')).toMatchObject({ r: 4 - i });
      expect(policyMember(res.headers.get('RateLimit'), 'free')).toMatchObject({ r: 9 - i });
    }
    const refused = await call(env.sandbox, 'POST', '/api/v1/rides', { json: TRIP, headers });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('Retry-After')).toMatch(/^\d+$/);
    expect(refused.headers.get('RateLimit-Policy')).toBe('"rides-basic";q=5;w=60, "free";q=10;w=60');
    expect(policyMember(refused.headers.get('RateLimit'), 'rides-basic')).toMatchObject({ r: 0 });
  });

  it('sends one policy, once, where only the API-wide limit applies', async () => {
    const env = authSandbox();
    const res = await call(env.sandbox, 'GET', '/api/v1/products?limit=1', { headers: { 'X-API-Key': 'key_free_demo' } });
    expect(res.headers.get('RateLimit-Policy')).toBe('"free";q=10;w=60');
    expect(res.headers.get('RateLimit')).toBe('"free";r=9;t=6');
  });
});
