import { sha256Base64Url } from './random';

/**
 * PKCE (RFC 7636): the client makes a random `code_verifier`, sends only its SHA-256
 * (`code_challenge`, method S256) with the authorization request, and reveals the verifier
 * when it exchanges the code. Whoever intercepts the code lacks the verifier.
 * `plain` (challenge = verifier) is refused: it protects nothing once the request is seen.
 */

/** RFC 7636 §4.1: 43 to 128 characters of the unreserved set A-Z a-z 0-9 - . _ ~ */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
/** An S256 challenge is a base64url SHA-256 without padding: exactly 43 characters. */
const S256_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

/** Why a code_verifier is malformed, or null when it is well formed. */
export function verifierProblem(verifier: string): string | null {
  if (VERIFIER.test(verifier)) return null;
  if (verifier.length < 43 || verifier.length > 128) return `code_verifier has ${verifier.length} characters; RFC 7636 asks for 43 to 128`;
  return 'code_verifier may only use A-Z, a-z, 0-9 and - . _ ~ (RFC 7636 §4.1); base64url-encode 32 random bytes to make one';
}

/** Why a code_challenge / method pair is refused, or null when it is an S256 challenge. */
export function challengeProblem(challenge: string | undefined, method: string | undefined): string | null {
  if (!challenge) return 'code_challenge is missing: PKCE is required for every client (send code_challenge and code_challenge_method=S256)';
  if (method === undefined) return 'code_challenge_method is missing, which RFC 7636 reads as "plain"; send code_challenge_method=S256';
  if (method === 'plain') return 'code_challenge_method=plain is refused: the challenge would be the verifier itself; send code_challenge_method=S256';
  if (method !== 'S256') return `code_challenge_method ${JSON.stringify(method)} is unknown; the only method supported is S256`;
  if (!S256_CHALLENGE.test(challenge)) return 'code_challenge must be BASE64URL(SHA-256(code_verifier)) without padding: 43 characters';
  return null;
}

/** Whether the verifier hashes to the challenge (S256). */
export async function verifierMatches(verifier: string, challenge: string): Promise<boolean> {
  return (await sha256Base64Url(verifier)) === challenge;
}
