import { SignJWT, errors, jwtVerify, type JWTPayload } from 'jose';
import { ApiError } from '../patterns/errors';
import type { Clock } from '../store/clock';
import { SIGNING_ALGORITHM, type SigningKeys } from './keys';
import { randomToken } from './random';
import { explainJoseError, type TokenRefusal } from './token-errors';
import { TokenFamilies } from './token-families';

/**
 * Access and refresh tokens: JWTs signed with the sandbox's ES256 key (sandbox/auth/keys.ts).
 *
 * - access token, `typ: at+jwt` (RFC 9068), 15 minutes, audience `<origin>/api`: opens the API.
 * - refresh token, `typ: rt+jwt`, 7 days, audience `<origin>/oauth/token`: only buys new tokens.
 *
 * The different `typ` AND audience mean a refresh token is refused by the API twice over.
 * Every token carries `sid`, its refresh family: one sign-in and everything rotated from it.
 * Revoking the family (reuse detected, a code replayed, RFC 7009 revocation) stops its
 * access tokens too, because verification asks the family store, not only the signature.
 */

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60;
export const ACCESS_TOKEN_TYPE = 'at+jwt';
export const REFRESH_TOKEN_TYPE = 'rt+jwt';

/** What the API learns from a verified access token. */
export type AccessTokenClaims = { sub: string; tid: string; client_id: string; scope: string[]; jti: string; sid: string; exp: number };

/** What the token endpoint learns from a verified refresh token. */
export type RefreshTokenClaims = AccessTokenClaims & { iat: number };

/** Who a pair of tokens is for and what it may do. */
export interface Grant {
  /** The request's origin: the issuer, and the base of both audiences. */
  origin: string;
  userId: string;
  tenantId: string;
  clientId: string;
  scope: readonly string[];
}

export interface IssuedTokens {
  access_token: string;
  refresh_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  /** The refresh family both tokens belong to. */
  sid: string;
}

/** The issuer and the two audiences that belong to an origin. */
export function tokenAudiences(origin: string) {
  return { issuer: origin, api: `${origin}/api`, tokenEndpoint: `${origin}/oauth/token` };
}

const REQUIRED_CLAIMS = ['sub', 'tid', 'client_id', 'scope', 'jti', 'sid', 'iat', 'nbf', 'exp'];

function bearerChallenge(reason: string): Record<string, string> {
  // A quoted-string may not hold `"` or `\` (RFC 9110 §5.6.4): keep the description plain.
  const description = reason.replace(/["\\]/g, "'");
  return { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${description}"` };
}

/** Signs, verifies and revokes the tokens of one sandbox. */
export class TokenService {
  readonly families: TokenFamilies;
  /** Access tokens revoked one by one (RFC 7009), by jti. Families cover the rest. */
  readonly #revokedAccess = new Set<string>();

  constructor(
    private readonly clock: Clock,
    private readonly keys: SigningKeys,
  ) {
    this.families = new TokenFamilies(clock);
  }

  /** The sandbox clock's time in epoch milliseconds (codes and requests expire on it too). */
  now(): number {
    return this.clock.now();
  }

  /** Issues an access and a refresh token; a new family unless `sid` continues one (rotation). */
  async issue(grant: Grant, sid: string = this.families.open(grant).sid): Promise<IssuedTokens> {
    // Rotate before the first await: a second refresh racing this one must already find its token spent.
    const refreshJti = randomToken(16);
    this.families.rotateTo(sid, refreshJti);
    const key = await this.keys.current();
    const now = Math.floor(this.clock.now() / 1000);
    const audiences = tokenAudiences(grant.origin);
    const scope = grant.scope.join(' ');
    const sign = (typ: string, audience: string, ttl: number, jti: string) =>
      new SignJWT({ tid: grant.tenantId, client_id: grant.clientId, scope, sid })
        .setProtectedHeader({ alg: SIGNING_ALGORITHM, typ, kid: key.kid })
        .setIssuer(audiences.issuer)
        .setAudience(audience)
        .setSubject(grant.userId)
        .setJti(jti)
        .setIssuedAt(now)
        .setNotBefore(now)
        .setExpirationTime(now + ttl)
        .sign(key.privateKey);
    const [access_token, refresh_token] = await Promise.all([
      sign(ACCESS_TOKEN_TYPE, audiences.api, ACCESS_TOKEN_TTL_SECONDS, randomToken(16)),
      sign(REFRESH_TOKEN_TYPE, audiences.tokenEndpoint, REFRESH_TOKEN_TTL_SECONDS, refreshJti),
    ]);
    return { access_token, refresh_token, token_type: 'Bearer', expires_in: ACCESS_TOKEN_TTL_SECONDS, scope, sid };
  }

  /**
   * Verifies an access token for the API: pins ES256, checks the signature, `typ`, `exp`,
   * `nbf`, `iss`, `aud`, and that neither the token nor its family was revoked.
   * Throws ApiError `invalid_token` (401, with a Bearer WWW-Authenticate challenge) saying which check failed.
   */
  async verifyAccessToken(token: string, expected: { issuer: string; audience: string }): Promise<AccessTokenClaims> {
    const result = await this.check(token, { ...expected, typ: ACCESS_TOKEN_TYPE });
    if ('refusal' in result) {
      const reason = `The access token was refused: ${result.refusal.reason}.`;
      throw new ApiError('invalid_token', reason, { param: 'Authorization', headers: bearerChallenge(result.refusal.reason) });
    }
    return result.claims;
  }

  /** Verifies a refresh token's signature, type and claims (not its place in the family); a refusal is returned, not thrown. */
  async checkRefreshToken(token: string, expected: { issuer: string; audience: string }): Promise<{ claims: RefreshTokenClaims } | { refusal: TokenRefusal }> {
    return this.check(token, { ...expected, typ: REFRESH_TOKEN_TYPE }, { skipRevocation: true });
  }

  /**
   * The whole verification, returning the claims or the first refusal. Used by the API
   * (verifyAccessToken), the token endpoint, introspection and the inspector's verdict.
   */
  async check(
    token: string,
    expected: { issuer: string; audience: string; typ: string },
    options: { skipRevocation?: boolean } = {},
  ): Promise<{ claims: RefreshTokenClaims } | { refusal: TokenRefusal }> {
    const key = await this.keys.current();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(
        token,
        async (header) => {
          if (header.kid !== key.kid) throw new errors.JWKSNoMatchingKey();
          return key.publicKey;
        },
        {
          algorithms: [SIGNING_ALGORITHM],
          typ: expected.typ,
          issuer: expected.issuer,
          audience: expected.audience,
          requiredClaims: REQUIRED_CLAIMS,
          currentDate: new Date(this.clock.now()),
        },
      ));
    } catch (error) {
      return { refusal: explainJoseError(error, expected) };
    }
    const claims = toClaims(payload);
    if (!claims) return { refusal: { check: 'claims', reason: 'its claims have the wrong types (scope, sid, tid and client_id must be strings)' } };
    if (!options.skipRevocation) {
      const revoked = this.revocationOf(claims);
      if (revoked) return { refusal: { check: 'revocation', reason: revoked } };
    }
    return { claims };
  }

  /** Why a verified token no longer counts (its family or the token itself was revoked), or null. */
  revocationOf(claims: { jti: string; sid: string }): string | null {
    if (this.#revokedAccess.has(claims.jti)) return 'the token was revoked';
    const family = this.families.get(claims.sid);
    if (!family) return 'the sign-in it belongs to no longer exists (the sandbox was reset): sign in again';
    if (family.revoked) return `the sign-in it belongs to was revoked (${family.revoked.reason}): sign in again`;
    return null;
  }

  /** Revokes one access token by its jti (RFC 7009). */
  revokeAccessToken(jti: string): void {
    this.#revokedAccess.add(jti);
  }

  /** Forgets every family and revocation: every token issued so far stops verifying. The key stays. */
  reset(): void {
    this.families.reset();
    this.#revokedAccess.clear();
  }
}

function toClaims(payload: JWTPayload): RefreshTokenClaims | null {
  const { sub, tid, client_id, scope, jti, sid, exp, iat } = payload as Record<string, unknown>;
  const strings = [sub, tid, client_id, scope, jti, sid];
  if (!strings.every((value) => typeof value === 'string') || typeof exp !== 'number' || typeof iat !== 'number') return null;
  return {
    sub: sub as string,
    tid: tid as string,
    client_id: client_id as string,
    scope: (scope as string).split(' ').filter(Boolean),
    jti: jti as string,
    sid: sid as string,
    exp,
    iat,
  };
}
