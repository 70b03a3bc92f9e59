// Wrong: the id is recorded as soon as it arrives, before the signature is checked, so a
// forgery sent first with a genuine delivery's id makes the receiver refuse the real one.

function fromBase64(text: string) {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export async function verifyWebhook(secret: string, headers: Headers, rawBody: string, now: number, receiver: WebhookReceiver): Promise<WebhookVerification> {
  const id = headers.get('webhook-id');
  const timestamp = headers.get('webhook-timestamp');
  const header = headers.get('webhook-signature');
  if (!id || !timestamp || !header) return { ok: false, reason: 'missing_headers' };
  if (receiver.seen.has(id)) return { ok: false, reason: 'replayed' };
  receiver.seen.add(id);
  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > 300) return { ok: false, reason: 'invalid_timestamp' };

  const key = await crypto.subtle.importKey('raw', fromBase64(secret.replace(/^whsec_/, ''))!, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${rawBody}`)));
  const valid = header.split(' ').some((entry) => {
    const [version, value] = entry.split(',');
    const given = version === 'v1' && value ? fromBase64(value) : null;
    return given !== null && receiver.timingSafeEqual(mac, given);
  });
  if (!valid) return { ok: false, reason: 'invalid_signature' };
  return { ok: true, event: JSON.parse(rawBody) };
}
