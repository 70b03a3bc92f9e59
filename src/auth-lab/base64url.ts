/** base64url (RFC 4648 §5, no padding): the alphabet of JWTs, PKCE and URLs. */

/** Encodes bytes as base64url without padding. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Decodes base64url. Returns the index of the first character outside the alphabet
 * instead of throwing, so a token inspector can point at it.
 */
export function decodeBase64Url(text: string): { ok: true; bytes: Uint8Array } | { ok: false; at: number; char: string } {
  const bad = text.search(/[^A-Za-z0-9_-]/);
  if (bad !== -1) return { ok: false, at: bad, char: text[bad]! };
  // A length of 1 mod 4 cannot come from any byte string: the last 6 bits would stand alone.
  if (text.length % 4 === 1) return { ok: false, at: text.length - 1, char: text[text.length - 1]! };
  const padded = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  return { ok: true, bytes: Uint8Array.from(binary, (char) => char.charCodeAt(0)) };
}
