// Wrong: only the body is signed over, so the id and the timestamp are not protected:
// an attacker can restamp an old delivery or give it a new id.

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
  if (!/^\d+$/.test(timestamp) || Math.abs(now - Number(timestamp)) > 300) return { ok: false, reason: 'invalid_timestamp' };

  const key = await crypto.subtle.importKey('raw', fromBase64(secret.replace(/^whsec_/, ''))!, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(rawBody)));
  const valid = header.split(' ').some((entry) => {
    const [version, value] = entry.split(',');
    const given = version === 'v1' && value ? fromBase64(value) : null;
    return given !== null && receiver.timingSafeEqual(mac, given);
  });
  if (!valid) return { ok: false, reason: 'invalid_signature' };

  if (receiver.seen.has(id)) return { ok: false, reason: 'replayed' };
  receiver.seen.add(id);
  return { ok: true, event: JSON.parse(rawBody) };
}
