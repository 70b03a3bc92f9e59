/**
 * Password hashing for the demo directory: PBKDF2-HMAC-SHA256 through WebCrypto, so the same
 * code runs in the browser's service worker, in Node and in the real HTTP server.
 *
 * A stored hash is one self-describing string, `pbkdf2-sha256$<iterations>$<salt>$<hash>`
 * (salt and hash in base64url). Keeping the iteration count inside the string means the count
 * can be raised later without invalidating the hashes already stored: each one is checked with
 * the count it was made with.
 */

/**
 * OWASP's Password Storage Cheat Sheet asks for at least 600,000 iterations of PBKDF2-HMAC-SHA256.
 * The count is the whole defence of PBKDF2 against a stolen hash: each guess costs an attacker
 * this many HMACs, so it is set as high as a login can bear, never lowered for convenience.
 */
export const PBKDF2_ITERATIONS = 600_000;

/** Bytes of random salt per password: 16 is the NIST SP 800-132 minimum and makes each hash unique. */
export const SALT_BYTES = 16;

/** Bytes of derived key: the size of one SHA-256 block output, nothing to gain from more. */
const HASH_BYTES = 32;

const SCHEME = 'pbkdf2-sha256';

/** Encodes bytes as base64url without padding (the alphabet of JWTs and URLs). */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decodes base64url (with or without padding); throws on characters outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw new TypeError('not base64url');
  const padded = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, HASH_BYTES * 8);
  return new Uint8Array(bits);
}

/**
 * Compares two byte strings in time that depends only on their length, never on where they
 * first differ: an early `return false` would tell an attacker, by timing, how many leading
 * bytes of a guess were right.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

/**
 * Hashes a password with a fresh random salt.
 * @example await hashPassword('analytical-engine') // 'pbkdf2-sha256$600000$…$…'
 */
export async function hashPassword(password: string, iterations: number = PBKDF2_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, iterations);
  return `${SCHEME}$${iterations}$${toBase64Url(salt)}$${toBase64Url(hash)}`;
}

/** Whether `password` matches a stored hash. A malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 4 || parts[0] !== SCHEME) return false;
  const iterations = Number(parts[1]);
  if (!Number.isInteger(iterations) || iterations < 1) return false;
  let salt: Uint8Array;
  let expected: Uint8Array;
  try {
    salt = fromBase64Url(parts[2]!);
    expected = fromBase64Url(parts[3]!);
  } catch {
    return false;
  }
  const actual = await derive(password, salt, iterations);
  return constantTimeEqual(actual, expected);
}
