import { JSON_HEADERS, sandboxBody } from '../explorer/sandbox-json';

/**
 * The webhooks lab's calls to the in-browser sandbox: the same public routes any client
 * uses, so what the page shows is what the API says. Non-2xx answers throw with the
 * envelope's message, which already says what to do.
 */

/** The demo inbox this page registers and watches. */
export const INBOX = 'demo';

export interface Endpoint {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  created_at: string;
}

export interface Attempt {
  number: number;
  replay: boolean;
  started_at: string;
  webhook_timestamp: number;
  outcome: 'succeeded' | 'failed' | 'timed_out';
  response_status: number | null;
  duration_ms: number;
  next_attempt_at: string | null;
}

export interface Delivery {
  id: string;
  endpoint_id: string;
  webhook_id: string;
  event_type: string;
  status: 'scheduled' | 'sending' | 'succeeded' | 'dead_lettered';
  next_attempt_at: string | null;
  attempts: Attempt[];
}

export interface InboxRecord {
  id: string;
  received_at: string;
  headers: { 'webhook-id': string | null; 'webhook-timestamp': string | null; 'webhook-signature': string | null; 'content-type': string | null };
  body: string;
  endpoint_id: string | null;
  checks: { signature: string; timestamp: string; replay: string };
  outcome: 'accepted' | 'duplicate' | 'rejected' | 'failed';
  fault: 'error' | 'timeout' | null;
  response_status: number;
  message: string | null;
}

export interface Inbox {
  faults: { mode: 'error' | 'timeout'; remaining: number };
  records: InboxRecord[];
}


/** The URL the page registers: the demo inbox on this page's own origin. */
export const inboxUrl = () => `${location.origin}/api/v1/webhook-inbox/${INBOX}`;

/** Registers the demo inbox for every order event; the answer holds the secret, once. */
export async function registerInbox(): Promise<Endpoint & { secret: string }> {
  const body = JSON.stringify({ url: inboxUrl(), events: ['order.*'], description: 'Webhooks lab demo inbox' });
  return (await sandboxBody<{ data: Endpoint & { secret: string } }>('/api/v1/webhooks/endpoints', { method: 'POST', headers: JSON_HEADERS, body })).data;
}

export async function listEndpoints(): Promise<Endpoint[]> {
  return (await sandboxBody<{ data: Endpoint[] }>('/api/v1/webhooks/endpoints')).data;
}

/** A new secret for an endpoint whose secret this page no longer holds (after a reload). */
export async function rotateSecret(id: string): Promise<Endpoint & { secret: string }> {
  return (await sandboxBody<{ data: Endpoint & { secret: string } }>(`/api/v1/webhooks/endpoints/${id}/rotate-secret`, { method: 'POST' })).data;
}

export function readInbox(): Promise<Inbox> {
  return sandboxBody<Inbox>(`/api/v1/sandbox/webhook-inbox/${INBOX}`);
}

export async function setInboxFaults(failNext: number, mode: 'error' | 'timeout'): Promise<void> {
  await sandboxBody(`/api/v1/sandbox/webhook-inbox/${INBOX}`, { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ fail_next: failNext, mode }) });
}

export async function clearInbox(): Promise<void> {
  await sandboxBody(`/api/v1/sandbox/webhook-inbox/${INBOX}`, { method: 'DELETE' });
}

export async function listDeliveries(): Promise<Delivery[]> {
  return (await sandboxBody<{ data: Delivery[] }>('/api/v1/webhooks/deliveries')).data;
}

export async function replayDelivery(id: string): Promise<Delivery> {
  return (await sandboxBody<{ data: Delivery }>(`/api/v1/webhooks/deliveries/${id}/replay`, { method: 'POST' })).data;
}

/** Places an order for Ada (usr_1): the sandbox publishes order.created. */
export async function placeOrder(): Promise<string> {
  const body = JSON.stringify({ user_id: 'usr_1', items: [{ product_id: 'prd_2', quantity: 1 }] });
  return (await sandboxBody<{ data: { id: string } }>('/api/v1/orders', { method: 'POST', headers: JSON_HEADERS, body })).data.id;
}

/** Pays an order through the payments API: the order becomes paid and order.paid is published. */
export async function payOrder(orderId: string): Promise<void> {
  await sandboxBody('/api/v1/payments', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ order_id: orderId }) });
}

/**
 * Moves the sandbox clock (chapter 5's clock control) to the earliest scheduled retry, so the
 * long waits of the schedule (up to an hour) can be skipped. The next request sends it.
 * Returns how many seconds the clock moved.
 */
export async function skipToNextRetry(deliveries: Delivery[]): Promise<number> {
  const due = deliveries.flatMap((delivery) => (delivery.status === 'scheduled' && delivery.next_attempt_at ? [Date.parse(delivery.next_attempt_at)] : []));
  if (due.length === 0) return 0;
  const { now } = await sandboxBody<{ now: string }>('/api/v1/sandbox/clock');
  const seconds = Math.max(0, Math.ceil((Math.min(...due) - Date.parse(now)) / 1000));
  if (seconds > 0) await sandboxBody('/api/v1/sandbox/clock', { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ advance_seconds: seconds }) });
  return seconds;
}
