import { webhooksLab } from '@messages/webhooks-lab';
import { Webhook } from 'standardwebhooks';
import type { InboxRecord } from './lab-api';

/**
 * Verifies a received delivery here in the browser with `standardwebhooks`, the reference
 * library of the Standard Webhooks specification: if it accepts what the sandbox signed,
 * any receiver built on it would. The library checks the timestamp against this computer's
 * clock, so after the sandbox clock was moved it can refuse a timestamp the sandbox inbox
 * (which uses the sandbox clock) accepted; `signature` reports the signature on its own.
 */

export interface BrowserVerdict {
  /** What `new Webhook(secret).verify(body, headers)` said: null when it accepted. */
  libraryError: string | null;
  /** Whether the library's own signature of id, timestamp and body is among those sent. */
  signature: boolean;
}

/** Runs the library over one inbox record with the secret this page holds. */
export function verifyInBrowser(secret: string, record: InboxRecord): BrowserVerdict {
  const { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signatures } = record.headers;
  if (!id || !timestamp || !signatures) return { libraryError: webhooksLab.record.missingHeaders, signature: false };
  const webhook = new Webhook(secret);
  let libraryError: string | null = null;
  try {
    webhook.verify(record.body, { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signatures });
  } catch (error) {
    libraryError = error instanceof Error ? error.message : String(error);
  }
  // Display only, so a plain comparison is fine; a receiver deciding on it compares in constant time, as verify() does.
  const expected = webhook.sign(id, new Date(Number(timestamp) * 1000), record.body);
  return { libraryError, signature: signatures.split(' ').includes(expected) };
}
