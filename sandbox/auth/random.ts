import { toBase64Url } from './password';

/** `bytes` of cryptographic randomness as base64url: unguessable ids, codes and secrets. */
export function randomToken(bytes = 32): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** SHA-256 of a string as base64url: what is stored instead of a secret, and what PKCE's S256 computes. */
export async function sha256Base64Url(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return toBase64Url(new Uint8Array(digest));
}
