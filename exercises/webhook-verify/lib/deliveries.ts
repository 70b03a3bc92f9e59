/**
 * Signed deliveries, made by the grader itself with WebCrypto the way a Standard Webhooks
 * sender makes them, and the tampered variants the checks send. Nothing here comes from
 * the learner's code or from the sandbox.
 */

const encoder = new TextEncoder();

/** The receiver's clock in the checks: 2026-03-01T12:00:00Z, in seconds. */
export const NOW = 1_772_366_400;

/** 24 fixed bytes, so that messages and runs are reproducible. */
const SECRET_BYTES = Uint8Array.from({ length: 24 }, (_, i) => (i * 37 + 11) % 256);
const OTHER_SECRET_BYTES = Uint8Array.from({ length: 24 }, (_, i) => (i * 53 + 7) % 256);

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const toHex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');

/** The endpoint's secret as the sender hands it out. */
export const SECRET = `whsec_${toBase64(SECRET_BYTES)}`;
/** The same key without the prefix. */
export const BARE_SECRET = toBase64(SECRET_BYTES);
/** A secret the endpoint does not know (an attacker's, or one rotated away). */
const OTHER_SECRET_KEY = OTHER_SECRET_BYTES;

/** One delivery as the receiver gets it. */
export interface Delivery {
  headers: Record<string, string>;
  body: string;
}

async function mac(key: Uint8Array, id: string, timestamp: string, body: string): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey('raw', key as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(`${id}.${timestamp}.${body}`) as BufferSource));
}

export interface DeliveryOptions {
  id?: string;
  timestamp?: number | string;
  body?: string;
  /** Sign with another secret. */
  otherSecret?: boolean;
  /** Write the MAC as hex instead of base64. */
  hex?: boolean;
  /** Builds the webhook-signature header from the genuine `v1,<base64>` entry. */
  header?: (entry: string, forged: string) => string;
}

export const EVENT_BODY = '{"type":"order.paid","timestamp":"2026-03-01T11:59:58Z","data":{"order_id":"ord_7","status":"paid"}}';

/** A delivery signed over its own id, timestamp and body. */
export async function signedDelivery(options: DeliveryOptions = {}): Promise<Delivery> {
  const id = options.id ?? 'msg_2Kq9xVb1';
  const timestamp = String(options.timestamp ?? NOW - 3);
  const body = options.body ?? EVENT_BODY;
  const bytes = await mac(options.otherSecret ? OTHER_SECRET_KEY : SECRET_BYTES, id, timestamp, body);
  const entry = `v1,${options.hex ? toHex(bytes) : toBase64(bytes)}`;
  const forged = `v1,${toBase64(await mac(OTHER_SECRET_KEY, id, timestamp, body))}`;
  return {
    headers: { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': options.header ? options.header(entry, forged) : entry, 'content-type': 'application/json' },
    body,
  };
}

/** The same delivery with some headers or the body changed after signing. */
export function tampered(delivery: Delivery, changes: { headers?: Record<string, string | null>; body?: string }): Delivery {
  const headers = { ...delivery.headers };
  for (const [name, value] of Object.entries(changes.headers ?? {})) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  return { headers, body: changes.body ?? delivery.body };
}
