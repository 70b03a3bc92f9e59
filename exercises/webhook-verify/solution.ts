// A Standard Webhooks receiver: headers, timestamp, signature, replay, in that order, so
// that nothing a forger sends can change the receiver's state.

const TOLERANCE_SECONDS = 5 * 60;
const SECRET_PREFIX = 'whsec_';

function fromBase64(text: string) {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return null; // not base64: cannot be a signature (or a key) of ours
  }
}

async function computeMac(secret: string, content: string): Promise<Uint8Array | null> {
  const keyBytes = fromBase64(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret);
  if (!keyBytes) return null;
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(content)));
}

/** The delivery's event when it is genuine, fresh and new; otherwise why it was refused. */
export async function verifyWebhook(
  secret: string,
  headers: Headers,
  rawBody: string,
  now: number,
  receiver: WebhookReceiver,
): Promise<WebhookVerification> {
  const id = headers.get('webhook-id');
  const timestamp = headers.get('webhook-timestamp');
  const signatures = headers.get('webhook-signature');
  if (!id || !timestamp || !signatures) return { ok: false, reason: 'missing_headers' };

  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > TOLERANCE_SECONDS) {
    return { ok: false, reason: 'invalid_timestamp' };
  }

  // The id and timestamp are signed with the body, so both can be trusted once this passes.
  const mac = await computeMac(secret, `${id}.${timestamp}.${rawBody}`);
  const matches = signatures.split(' ').some((entry) => {
    const comma = entry.indexOf(',');
    if (comma === -1 || entry.slice(0, comma) !== 'v1') return false;
    const given = fromBase64(entry.slice(comma + 1));
    return mac !== null && given !== null && receiver.timingSafeEqual(mac, given);
  });
  if (!matches) return { ok: false, reason: 'invalid_signature' };

  if (receiver.seen.has(id)) return { ok: false, reason: 'replayed' };

  let event: unknown;
  try {
    event = JSON.parse(rawBody);
  } catch {
    return { ok: false, reason: 'invalid_payload' };
  }
  receiver.seen.add(id);
  return { ok: true, event };
}
