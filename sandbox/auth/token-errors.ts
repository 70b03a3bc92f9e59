import { errors } from 'jose';

/**
 * Turns what jose throws while verifying a token into one sentence a learner can act on,
 * naming the check that failed. Used by the API's 401s and by the token inspector, so both
 * explain a refusal the same way.
 */

/** Which verification step refused the token. */
export type TokenCheck = 'format' | 'algorithm' | 'key' | 'signature' | 'type' | 'claims' | 'expiry' | 'not_before' | 'issuer' | 'audience' | 'revocation';

export interface TokenRefusal {
  check: TokenCheck;
  /** What failed and what to do, in words. */
  reason: string;
}

const CLAIM_CHECK: Record<string, TokenCheck> = { typ: 'type', iss: 'issuer', aud: 'audience', nbf: 'not_before', exp: 'expiry' };

/** Explains a verification error thrown by jose (or anything else) as a TokenRefusal. */
export function explainJoseError(error: unknown, expected: { issuer: string; audience: string; typ: string }): TokenRefusal {
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return { check: 'algorithm', reason: 'the token is not signed with ES256, the only algorithm this server accepts (alg "none" and HS256 are refused by design)' };
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return { check: 'key', reason: 'the token\'s "kid" names no key in /.well-known/jwks.json: it was signed by another server or before a reset' };
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return { check: 'signature', reason: 'the signature does not match the header and payload: the token was altered or signed with another key' };
  }
  if (error instanceof errors.JWTExpired) {
    const exp = Number(error.payload.exp);
    return { check: 'expiry', reason: `the token expired at ${Number.isFinite(exp) ? new Date(exp * 1000).toISOString() : 'its "exp"'}: get a new one with the refresh token` };
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const check = CLAIM_CHECK[error.claim] ?? 'claims';
    switch (check) {
      case 'type':
        return { check, reason: `the token's "typ" header is not "${expected.typ}": ${expected.typ === 'at+jwt' ? 'only access tokens open the API, never refresh tokens' : 'this is not a refresh token'}` };
      case 'issuer':
        return { check, reason: `the token was issued by ${JSON.stringify(error.payload.iss)}, not by ${expected.issuer}` };
      case 'audience':
        return { check, reason: `the token is meant for ${JSON.stringify(error.payload.aud)}, not for ${expected.audience}` };
      case 'not_before':
        return { check, reason: `the token is not valid before ${new Date(Number(error.payload.nbf) * 1000).toISOString()}` };
      default:
        return { check, reason: `the "${error.claim}" claim is ${error.reason === 'missing' ? 'missing' : 'invalid'}` };
    }
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported) {
    return { check: 'format', reason: 'the token is not a well-formed signed JWT (header.payload.signature, each part base64url)' };
  }
  return { check: 'format', reason: 'the token could not be read as a signed JWT' };
}
