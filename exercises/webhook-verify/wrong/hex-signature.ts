// Wrong: the MAC is compared as hex text (as many other webhook providers send it), but
// Standard Webhooks signatures are base64, so no genuine delivery ever matches.

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export async function verifyWebhook(secret: string, headers: Headers, rawBody: string, now: number, receiver: WebhookReceiver): Promise<WebhookVerification> {
  const id = headers.get('webhook-id');
  const timestamp = headers.get('webhook-timestamp');
  const header = headers.get('webhook-signature');
  if (!id || !timestamp || !header) return { ok: false, reason: 'missing_headers' };
  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > 300) return { ok: false, reason: 'invalid_timestamp' };

  const keyBytes = Uint8Array.from(atob(secret.replace(/^whsec_/, '')), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${rawBody}`)));
  const encoder = new TextEncoder();
  const expectedHex = encoder.encode(toHex(mac));
  const valid = header.split(' ').some((entry) => entry.startsWith('v1,') && receiver.timingSafeEqual(expectedHex, encoder.encode(entry.slice(3))));
  if (!valid) return { ok: false, reason: 'invalid_signature' };

  if (receiver.seen.has(id)) return { ok: false, reason: 'replayed' };
  receiver.seen.add(id);
  return { ok: true, event: JSON.parse(rawBody) };
}
