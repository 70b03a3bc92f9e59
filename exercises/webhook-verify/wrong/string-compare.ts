// Wrong: the expected signature is built as text and looked up with includes, which
// compares character by character and stops at the first difference.

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export async function verifyWebhook(secret: string, headers: Headers, rawBody: string, now: number, receiver: WebhookReceiver): Promise<WebhookVerification> {
  const id = headers.get('webhook-id');
  const timestamp = headers.get('webhook-timestamp');
  const header = headers.get('webhook-signature');
  if (!id || !timestamp || !header) return { ok: false, reason: 'missing_headers' };
  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > 300) return { ok: false, reason: 'invalid_timestamp' };

  const keyBytes = Uint8Array.from(atob(secret.replace(/^whsec_/, '')), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${rawBody}`));
  const expectedSignature = `v1,${toBase64(new Uint8Array(mac))}`;
  if (!header.split(' ').includes(expectedSignature)) return { ok: false, reason: 'invalid_signature' };

  if (receiver.seen.has(id)) return { ok: false, reason: 'replayed' };
  receiver.seen.add(id);
  return { ok: true, event: JSON.parse(rawBody) };
}
