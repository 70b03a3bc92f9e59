/**
 * PKCE (RFC 7636) for a public client: a fresh random `code_verifier` for each
 * authorization, and its S256 `code_challenge` = base64url(SHA-256(verifier)).
 * Only the challenge travels in the authorize URL; the verifier is revealed once,
 * to the token endpoint, so a stolen code is useless to whoever stole it.
 */
import { encodeBase64Url } from './base64url';

/**
 * 32 random bytes give a 43-character verifier, the shortest RFC 7636 allows, with
 * 256 bits of entropy: more length adds nothing an attacker could notice.
 */
export const VERIFIER_BYTES = 32;

/** RFC 7636 §4.1: 43 to 128 characters from the unreserved set. */
const VERIFIER_SYNTAX = /^[A-Za-z0-9\-._~]{43,128}$/;

/** Makes a code_verifier from the browser's cryptographic random source (never Math.random). */
export function makeCodeVerifier(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return encodeBase64Url(random(new Uint8Array(VERIFIER_BYTES)));
}

/** The S256 code_challenge of a verifier, computed with WebCrypto's SHA-256. */
export async function s256Challenge(verifier: string): Promise<string> {
  if (!VERIFIER_SYNTAX.test(verifier))
    throw new Error('A code_verifier must be 43 to 128 characters of A-Z, a-z, 0-9, "-", ".", "_" or "~" (RFC 7636 §4.1).');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return encodeBase64Url(new Uint8Array(digest));
}

/** Makes a random `state` value that ties the callback to the request this tab started. */
export function makeState(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return encodeBase64Url(random(new Uint8Array(16)));
}
