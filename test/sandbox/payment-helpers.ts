import { expect } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, type CallResult } from './support';

/**
 * Helpers for the payments, circuit-breaker and sandbox-control tests: dial faults,
 * pay, read the breaker — all through the HTTP API, as a client would.
 */

export const PROVIDER = '/api/v1/sandbox/payment-provider';
export const BREAKER = '/api/v1/sandbox/circuit-breakers/payment-provider';

/** Sets the provider's faults (PUT) and checks that the sandbox took them. */
export async function setFaults(sandbox: Sandbox, faults: { failure_rate: number; latency_ms: number; seed?: number }): Promise<void> {
  const res = await call(sandbox, 'PUT', PROVIDER, { json: faults });
  expect(res.status, res.text).toBe(200);
}

/** POST /payments for `orderId`. */
export function pay(sandbox: Sandbox, orderId: string, headers: Record<string, string> = {}): Promise<CallResult> {
  return call(sandbox, 'POST', '/api/v1/payments', { json: { order_id: orderId }, headers });
}

/** The breaker's status body. */
export async function breaker(sandbox: Sandbox): Promise<any> {
  const res = await call(sandbox, 'GET', BREAKER);
  expect(res.status).toBe(200);
  return res.body;
}

/** The provider's settings and stats. */
export async function provider(sandbox: Sandbox): Promise<any> {
  return (await call(sandbox, 'GET', PROVIDER)).body;
}

/** Places a new pending order (for tests that need more than the seed's one, ord_4) and returns its id. */
export async function pendingOrder(sandbox: Sandbox): Promise<string> {
  const res = await call(sandbox, 'POST', '/api/v1/orders', { json: { user_id: 'usr_1', items: [{ product_id: 'prd_2', quantity: 1 }] } });
  expect(res.status).toBe(201);
  return res.body.data.id;
}

/** Fails `n` payments of ord_4 (the provider must be set to fail) and checks each is a 502. */
export async function failPayments(sandbox: Sandbox, n: number): Promise<void> {
  for (let i = 0; i < n; i++) expect((await pay(sandbox, 'ord_4')).status).toBe(502);
}

/** ISO time `ms` after `start`. */
export function isoAfter(start: string, ms: number): string {
  return new Date(Date.parse(start) + ms).toISOString();
}
