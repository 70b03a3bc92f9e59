import { ApiError } from '../patterns/errors';
import type { Clock } from '../store/clock';
import type { Collection } from '../store/collection';
import type { WebhookEndpoint } from './endpoints';
import { DELIVERY_TIMEOUT_MS } from './dispatcher';
import { checkSignature, checkTimestamp, explainChecks, TIMESTAMP_TOLERANCE_SECONDS, type DeliveryChecks, type DeliveryHeaders } from './verify-delivery';

/**
 * The sandbox's own demo receiver, at /api/v1/webhook-inbox/{inbox}. A real receiver is
 * someone else's server; this one lives in the sandbox so a learner can watch deliveries
 * arrive without running anything. Because it is part of the sandbox, it can look up the
 * secret of the endpoint that points at it — a real receiver has the secret because it was
 * copied there when the endpoint was registered.
 *
 * It does what a careful receiver does: verify the signature, refuse timestamps outside the
 * tolerance, and remember the ids it accepted so a replayed message is not processed twice.
 * A duplicate is still answered 200: the sender may only be retrying because our earlier
 * "200" was lost, and any other answer would make it retry again.
 */

/** The path a delivery is sent to; `inboxPath('demo')` → `/api/v1/webhook-inbox/demo`. */
export const inboxPath = (inbox: string) => `/api/v1/webhook-inbox/${inbox}`;

/** Received deliveries kept per inbox (oldest dropped first). */
const KEPT_RECORDS = 100;
/** How long the "time out" fault keeps the sender waiting: just past its patience. */
export const SLOW_ANSWER_MS = DELIVERY_TIMEOUT_MS + 1_000;

export type InboxFaultMode = 'error' | 'timeout';

export interface InboxFaults {
  /** What the next deliveries suffer: a 500, or an answer slower than the sender waits. */
  mode: InboxFaultMode;
  /** How many of the next deliveries suffer it. */
  remaining: number;
}

export interface InboxRecord {
  id: string;
  received_at: string;
  headers: { 'webhook-id': string | null; 'webhook-timestamp': string | null; 'webhook-signature': string | null; 'content-type': string | null };
  /** The body exactly as received: a signature is over these bytes, not over re-serialised JSON. */
  body: string;
  /** The endpoint whose secret verified the signature; null when none did. */
  endpoint_id: string | null;
  checks: DeliveryChecks;
  /** accepted: processed; duplicate: acknowledged, not processed again; rejected: failed a check; failed: an injected 500. */
  outcome: 'accepted' | 'duplicate' | 'rejected' | 'failed';
  /** The fault that hit this delivery, if any. */
  fault: InboxFaultMode | null;
  response_status: number;
  /** Why it was refused, in words; null when accepted. */
  message: string | null;
}

interface InboxState {
  records: InboxRecord[];
  nextRecord: number;
  faults: InboxFaults;
  /** webhook-id → its timestamp (s); only ids younger than the tolerance need remembering. */
  seen: Map<string, number>;
}

const noFaults = (): InboxFaults => ({ mode: 'error', remaining: 0 });

/** The demo inboxes of one sandbox. */
export function createInboxes(clock: Clock, endpoints: Collection<WebhookEndpoint>) {
  let inboxes = new Map<string, InboxState>();

  const state = (name: string): InboxState => {
    let inbox = inboxes.get(name);
    if (!inbox) {
      inbox = { records: [], nextRecord: 1, faults: noFaults(), seen: new Map() };
      inboxes.set(name, inbox);
    }
    return inbox;
  };

  const secretsFor = (name: string) =>
    endpoints
      .all()
      .filter((endpoint) => new URL(endpoint.url).pathname === inboxPath(name))
      .map(({ id, secret }) => ({ id, secret }));

  /** Receives one delivery: records it, then answers 200 or throws the error the sender gets. */
  async function receive(name: string, request: Request): Promise<{ id: string; outcome: InboxRecord['outcome'] }> {
    const inbox = state(name);
    const body = await request.text();
    const headers: DeliveryHeaders = {
      id: request.headers.get('webhook-id'),
      timestamp: request.headers.get('webhook-timestamp'),
      signature: request.headers.get('webhook-signature'),
    };
    const fault = inbox.faults.remaining > 0 ? inbox.faults.mode : null;
    if (fault) inbox.faults = { ...inbox.faults, remaining: inbox.faults.remaining - 1 };
    // A slow receiver still does its work; only the sender has stopped listening.
    if (fault === 'timeout') await clock.sleep(SLOW_ANSWER_MS);

    const nowSeconds = Math.floor(clock.now() / 1000);
    const { check: signature, signer } = await checkSignature(headers, body, secretsFor(name));
    const timestamp = checkTimestamp(headers.timestamp, nowSeconds);
    for (const [id, at] of inbox.seen) if (nowSeconds - at > TIMESTAMP_TOLERANCE_SECONDS) inbox.seen.delete(id);
    // Only signed ids count as seen: otherwise a forger could block real messages by sending their ids first.
    const verified = signature === 'valid' && timestamp === 'valid';
    const replay = verified ? (inbox.seen.has(headers.id!) ? 'duplicate' : 'first') : 'not_checked';
    const checks: DeliveryChecks = { signature, timestamp, replay };

    const record: InboxRecord = {
      id: `rcv_${inbox.nextRecord++}`,
      received_at: new Date(clock.now()).toISOString(),
      headers: {
        'webhook-id': headers.id,
        'webhook-timestamp': headers.timestamp,
        'webhook-signature': headers.signature,
        'content-type': request.headers.get('Content-Type'),
      },
      body,
      endpoint_id: signer,
      checks,
      outcome: 'accepted',
      fault,
      response_status: 200,
      message: null,
    };
    inbox.records.push(record);
    if (inbox.records.length > KEPT_RECORDS) inbox.records.shift();

    if (fault === 'error') {
      record.outcome = 'failed';
      record.response_status = 500;
      record.message = 'The inbox was told to fail this delivery (fault setting), so it answered 500 without processing it.';
      throw new ApiError('webhook_inbox_fault', `${record.message} The sender retries on its backoff schedule. PUT /api/v1/sandbox/webhook-inbox/${name} with {"fail_next": 0} to stop the faults.`);
    }
    if (!verified) {
      record.outcome = 'rejected';
      record.response_status = 400;
      record.message = explainChecks(checks, headers);
      throw new ApiError('webhook_verification_failed', record.message!, { param: signature === 'valid' ? 'webhook-timestamp' : 'webhook-signature' });
    }
    if (replay === 'duplicate') {
      record.outcome = 'duplicate';
      record.message = `webhook-id ${headers.id} was already accepted, so this copy was acknowledged but not processed again.`;
    } else {
      inbox.seen.set(headers.id!, Number(headers.timestamp));
    }
    return { id: record.id, outcome: record.outcome };
  }

  return {
    receive,
    /** The inbox's records (newest first) and fault setting. */
    read(name: string): { records: InboxRecord[]; faults: InboxFaults } {
      const inbox = state(name);
      return { records: [...inbox.records].reverse(), faults: { ...inbox.faults } };
    },
    /** Makes the next `remaining` deliveries fail with a 500 or time out. */
    setFaults(name: string, faults: InboxFaults): void {
      state(name).faults = { ...faults };
    },
    /** Empties one inbox: its records, its remembered ids and its faults. */
    clear(name: string): void {
      inboxes.delete(name);
    },
    reset(): void {
      inboxes = new Map();
    },
  };
}

export type Inboxes = ReturnType<typeof createInboxes>;
