// Types the editor knows about while you solve "webhook-verify". They are global:
// use them in your code without importing anything.

/** The ids of deliveries this receiver has already accepted. */
interface WebhookSeenIds {
  /** True when a delivery with this webhook-id was accepted before. */
  has(id: string): boolean;
  /** Remembers an accepted delivery's webhook-id. */
  add(id: string): void;
}

/** What the receiver gives verifyWebhook besides the delivery. */
interface WebhookReceiver {
  /** Ids of deliveries already accepted: the replay guard. Record an id only once its delivery is verified. */
  seen: WebhookSeenIds;
  /**
   * Compares two byte arrays in constant time: it takes as long for a forgery that is right
   * in its first 31 bytes as for one that is wrong in the first. false when the lengths differ.
   */
  timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}

/** Why a delivery was refused. */
type WebhookRejection =
  /** webhook-id, webhook-timestamp or webhook-signature is absent. */
  | 'missing_headers'
  /** webhook-timestamp is not whole seconds, or is more than 5 minutes away from now. */
  | 'invalid_timestamp'
  /** No v1 signature in webhook-signature matches the delivery. */
  | 'invalid_signature'
  /** A delivery with this webhook-id was accepted before. */
  | 'replayed'
  /** The delivery is genuine, but its body is not JSON. */
  | 'invalid_payload';

/** The verdict on one delivery: the parsed event, or why it was refused. */
type WebhookVerification = { ok: true; event: unknown } | { ok: false; reason: WebhookRejection };
