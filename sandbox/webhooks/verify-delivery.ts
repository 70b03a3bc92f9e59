import { verifyMessageSignature } from './signature';

/**
 * The receiver's three checks on one delivery, each reported on its own so a learner sees
 * which one failed: the signature (made with a secret the receiver knows?), the timestamp
 * (within the tolerance of the receiver's clock?) and the id (not seen before?). The id and
 * timestamp can be trusted only because the signature covers them.
 */

/** How far a webhook-timestamp may be from the receiver's clock, either way (the specification's 5 minutes). */
export const TIMESTAMP_TOLERANCE_SECONDS = 5 * 60;

export type SignatureCheck = 'valid' | 'invalid' | 'missing' | 'no_secret';
export type TimestampCheck = 'valid' | 'too_old' | 'too_new' | 'missing' | 'invalid';
export type ReplayCheck = 'first' | 'duplicate' | 'not_checked';

export interface DeliveryChecks {
  signature: SignatureCheck;
  timestamp: TimestampCheck;
  replay: ReplayCheck;
}

export interface DeliveryHeaders {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
}

/** Checks the timestamp header against `nowSeconds`. */
export function checkTimestamp(header: string | null, nowSeconds: number): TimestampCheck {
  if (header === null) return 'missing';
  if (!/^\d{1,12}$/.test(header)) return 'invalid';
  const timestamp = Number(header);
  if (nowSeconds - timestamp > TIMESTAMP_TOLERANCE_SECONDS) return 'too_old';
  if (timestamp - nowSeconds > TIMESTAMP_TOLERANCE_SECONDS) return 'too_new';
  return 'valid';
}

/** Which of `candidates` (id + secret) signed the delivery, or why none did. */
export async function checkSignature(
  headers: DeliveryHeaders,
  body: string,
  candidates: readonly { id: string; secret: string }[],
): Promise<{ check: SignatureCheck; signer: string | null }> {
  if (!headers.id || !headers.timestamp || !headers.signature) return { check: 'missing', signer: null };
  if (candidates.length === 0) return { check: 'no_secret', signer: null };
  const timestamp = Number(headers.timestamp);
  if (!Number.isSafeInteger(timestamp)) return { check: 'invalid', signer: null };
  for (const candidate of candidates) {
    if (await verifyMessageSignature(candidate.secret, headers.id, timestamp, body, headers.signature)) return { check: 'valid', signer: candidate.id };
  }
  return { check: 'invalid', signer: null };
}

/** One sentence for a failed check: what is wrong and what the sender must do. */
export function explainChecks(checks: DeliveryChecks, headers: DeliveryHeaders): string | null {
  switch (checks.signature) {
    case 'missing':
      return 'The delivery lacks webhook-id, webhook-timestamp or webhook-signature; a Standard Webhooks sender sends all three.';
    case 'no_secret':
      return 'No registered endpoint points at this inbox, so it has no secret to check the signature with. Register one with POST /api/v1/webhooks/endpoints.';
    case 'invalid':
      return 'The webhook-signature does not match: the body, webhook-id or webhook-timestamp was changed after signing, or it was signed with another secret. Sign "${id}.${timestamp}.${body}" with the endpoint’s current secret.';
  }
  switch (checks.timestamp) {
    case 'too_old':
    case 'too_new':
      return `webhook-timestamp ${headers.timestamp} is more than ${TIMESTAMP_TOLERANCE_SECONDS / 60} minutes ${checks.timestamp === 'too_old' ? 'behind' : 'ahead of'} the receiver’s clock, so it is refused as a possible replay. Stamp each attempt with the current time.`;
    case 'missing':
    case 'invalid':
      return 'webhook-timestamp must be whole seconds since the Unix epoch, e.g. 1772366400.';
  }
  return null;
}
