import { compactVerify, decodeJwt, decodeProtectedHeader, errors } from 'jose';
import type { AuthServer } from './oauth-server';
import { fromBase64Url } from './password';
import { ACCESS_TOKEN_TYPE, REFRESH_TOKEN_TYPE, tokenAudiences } from './tokens';
import { SIGNING_ALGORITHM } from './keys';

/**
 * The token inspector's teaching view: every check the API makes on an access token, each
 * with its own verdict, instead of the first failure only. `accepted` is not computed here:
 * it is the answer of the very verification the API runs (TokenService.check), so the
 * inspector can never disagree with the API about a token.
 * Never throws: garbage in, a report of where it broke out.
 */

export type CheckName = 'signature' | 'algorithm' | 'type' | 'expiry' | 'not_before' | 'issuer' | 'audience' | 'revocation';

export interface InspectionCheck {
  name: CheckName;
  ok: boolean;
  detail: string;
}

export interface Inspection {
  header: Record<string, unknown> | null;
  claims: Record<string, unknown> | null;
  checks: InspectionCheck[];
  accepted: boolean;
  /** Why the token is refused, in one sentence, or null when accepted. */
  verdict: string | null;
}

const ORDER: CheckName[] = ['signature', 'algorithm', 'type', 'expiry', 'not_before', 'issuer', 'audience', 'revocation'];

function readPart(token: string, index: 0 | 1): Record<string, unknown> | string {
  const names = ['header (part 1)', 'payload (part 2)'];
  const part = token.split('.')[index] ?? '';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(part));
  } catch {
    return `the ${names[index]} is not base64url`;
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    return `the ${names[index]} decodes to JSON that is not an object`;
  } catch {
    return `the ${names[index]} decodes to text that is not JSON`;
  }
}

const iso = (seconds: unknown) => (typeof seconds === 'number' && Number.isFinite(seconds) ? new Date(seconds * 1000).toISOString() : null);

/** Inspects a token as the API at `origin` would see it. */
export async function inspectToken(auth: AuthServer, rawToken: string, origin: string): Promise<Inspection> {
  const token = rawToken.trim().replace(/^Bearer\s+/i, '');
  const expected = { issuer: origin, audience: tokenAudiences(origin).api, typ: ACCESS_TOKEN_TYPE };
  const partCount = token.split('.').length;
  const parsedHeader = partCount === 3 ? readPart(token, 0) : `a JWT has 3 parts separated by dots (header.payload.signature); this has ${partCount}`;
  const parsedClaims = partCount === 3 ? readPart(token, 1) : parsedHeader;
  const header = typeof parsedHeader === 'string' ? null : parsedHeader;
  const claims = typeof parsedClaims === 'string' ? null : parsedClaims;
  const checks = new Map<CheckName, InspectionCheck>();
  const set = (name: CheckName, ok: boolean, detail: string) => checks.set(name, { name, ok, detail });

  // algorithm and signature: only ES256, with this sandbox's key.
  if (!header) {
    set('algorithm', false, `not checked: ${parsedHeader as string}`);
    set('signature', false, `not checked: ${parsedHeader as string}`);
  } else if (header.alg !== SIGNING_ALGORITHM) {
    const why = header.alg === 'none' ? 'alg "none" means unsigned: anybody could have written it' : `the sandbox accepts only ES256, whatever the token claims`;
    set('algorithm', false, `alg is ${JSON.stringify(header.alg)}: ${why}`);
    set('signature', false, 'not checked: a token with an algorithm other than ES256 is refused before its signature is looked at (the algorithm is pinned, never taken from the token)');
  } else {
    set('algorithm', true, 'ES256 (ECDSA P-256 with SHA-256), the one algorithm the sandbox accepts');
    const key = await auth.keys.current();
    if (header.kid !== key.kid) {
      set('signature', false, `kid ${JSON.stringify(header.kid)} is not the sandbox's key (${key.kid} in /.well-known/jwks.json)`);
    } else {
      try {
        await compactVerify(token, key.publicKey, { algorithms: [SIGNING_ALGORITHM] });
        set('signature', true, `valid: signed by the key ${key.kid} published in /.well-known/jwks.json`);
      } catch (error) {
        set('signature', false, error instanceof errors.JWSSignatureVerificationFailed ? 'does not match: the header or payload was changed after signing, or another key signed it' : `could not be checked: ${typeof parsedClaims === 'string' ? parsedClaims : 'the signature (part 3) is not base64url of 64 bytes'}`);
      }
    }
  }

  // type: the API takes access tokens only.
  if (!header) set('type', false, `not checked: ${parsedHeader as string}`);
  else if (header.typ === ACCESS_TOKEN_TYPE) set('type', true, 'at+jwt: an access token (RFC 9068)');
  else if (header.typ === REFRESH_TOKEN_TYPE) set('type', false, 'rt+jwt: a refresh token. It only buys new tokens at POST /oauth/token; the API refuses it');
  else set('type', false, `typ is ${JSON.stringify(header.typ ?? null)}; the API accepts only "at+jwt"`);

  const now = auth.tokens.now() / 1000;
  if (!claims) {
    for (const name of ['expiry', 'not_before', 'issuer', 'audience', 'revocation'] as const) set(name, false, `not checked: ${parsedClaims as string}`);
  } else {
    const exp = iso(claims.exp);
    set('expiry', exp !== null && (claims.exp as number) > now, exp === null ? 'exp is missing or not a number' : (claims.exp as number) > now ? `valid until ${exp}` : `expired at ${exp}`);
    const nbf = iso(claims.nbf);
    set('not_before', nbf !== null && (claims.nbf as number) <= now, nbf === null ? 'nbf is missing or not a number' : (claims.nbf as number) <= now ? `valid since ${nbf}` : `not valid before ${nbf}`);
    set('issuer', claims.iss === expected.issuer, claims.iss === expected.issuer ? `issued by this sandbox (${expected.issuer})` : `iss is ${JSON.stringify(claims.iss ?? null)}, expected ${expected.issuer}`);
    const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    const audOk = audiences.includes(expected.audience);
    set('audience', audOk, audOk ? `meant for this API (${expected.audience})` : `aud is ${JSON.stringify(claims.aud ?? null)}, expected ${expected.audience}`);
    const revoked = typeof claims.jti === 'string' && typeof claims.sid === 'string' ? auth.tokens.revocationOf({ jti: claims.jti, sid: claims.sid }) : 'jti or sid is missing';
    set('revocation', revoked === null, revoked === null ? 'not revoked: its sign-in (sid) is active' : revoked);
  }

  const result = await auth.tokens.check(token, expected);
  return {
    header,
    claims: claims && safeClaims(token, claims),
    checks: ORDER.map((name) => checks.get(name)!),
    accepted: 'claims' in result,
    verdict: 'claims' in result ? null : result.refusal.reason,
  };
}

// decodeJwt is jose's reading of the payload; fall back to our own parse when it refuses (e.g. a non-JWS).
function safeClaims(token: string, parsed: Record<string, unknown>): Record<string, unknown> {
  try {
    decodeProtectedHeader(token);
    return decodeJwt(token) as Record<string, unknown>;
  } catch {
    return parsed;
  }
}
