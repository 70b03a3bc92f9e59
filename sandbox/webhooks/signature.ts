/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com), with WebCrypto only.
 *
 * The secret is `whsec_` + base64 of random bytes; the HMAC key is the decoded bytes, not
 * the text. Each attempt signs `${webhook-id}.${webhook-timestamp}.${body}` with HMAC-SHA256
 * and sends `v1,<base64 signature>`. Putting the id and the timestamp inside the signed
 * text is what lets a receiver trust them for replay protection.
 */

const SECRET_PREFIX = 'whsec_';
/** 24 bytes = 192 bits; the specification asks for 24 to 64. */
const SECRET_BYTES = 24;
const encoder = new TextEncoder();

/** Standard base64 (with padding), as the specification uses for secrets and signatures. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Decodes standard base64; throws on text that is not base64. */
export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

/** A new signing secret: `whsec_` and 24 random bytes in base64. */
export function generateSecret(): string {
  return SECRET_PREFIX + toBase64(crypto.getRandomValues(new Uint8Array(SECRET_BYTES)));
}

function hmacKey(secret: string, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  const bytes = fromBase64(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret);
  return crypto.subtle.importKey('raw', bytes as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);
}

function signedContent(id: string, timestamp: number, body: string): Uint8Array {
  return encoder.encode(`${id}.${timestamp}.${body}`);
}

/**
 * The `webhook-signature` value for one attempt.
 * @example await signMessage(secret, 'msg_1', 1772366400, '{"type":"order.paid"}') // 'v1,K5oZ…='
 */
export async function signMessage(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), signedContent(id, timestamp, body) as BufferSource);
  return `v1,${toBase64(new Uint8Array(mac))}`;
}

/**
 * Whether any `v1,` signature in the header (space-separated, as during a key rotation) was
 * made with `secret` over this id, timestamp and body. WebCrypto's HMAC verify compares in
 * constant time, so the comparison leaks nothing about how much of a forgery was right.
 */
export async function verifyMessageSignature(secret: string, id: string, timestamp: number, body: string, header: string): Promise<boolean> {
  const key = await hmacKey(secret, 'verify');
  const content = signedContent(id, timestamp, body);
  for (const entry of header.split(' ')) {
    const [version, signature] = entry.split(',');
    if (version !== 'v1' || !signature) continue;
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(signature);
    } catch {
      continue; // not base64: cannot be ours
    }
    if (await crypto.subtle.verify('HMAC', key, bytes as BufferSource, content as BufferSource)) return true;
  }
  return false;
}
