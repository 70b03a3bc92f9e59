import type { DeliveryStatus } from './delivery-machine';

/** What the sender keeps about each delivery and each of its attempts (the API shows these). */

export interface DeliveryAttempt {
  number: number;
  /** Whether a replay asked for this attempt. */
  replay: boolean;
  started_at: string;
  /** The `webhook-timestamp` this attempt was signed and sent with (unix seconds). */
  webhook_timestamp: number;
  outcome: 'succeeded' | 'failed' | 'timed_out';
  response_status: number | null;
  response_body: string | null;
  duration_ms: number;
  /** When the next retry is due after this failure; null when none follows. */
  next_attempt_at: string | null;
}

export interface Delivery {
  id: string;
  endpoint_id: string;
  /** The Standard Webhooks message id: the same on every attempt and replay. */
  webhook_id: string;
  event_id: number;
  event_type: string;
  url: string;
  /** The exact JSON text that is signed and sent. */
  body: string;
  status: DeliveryStatus;
  attempts: DeliveryAttempt[];
  /** Epoch ms of the next attempt while scheduled; null otherwise. */
  next_attempt_at: number | null;
  created_at: string;
}
