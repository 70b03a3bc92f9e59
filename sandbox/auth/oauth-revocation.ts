import { findAccount } from './directory';
import { findClient } from './oauth-clients';
import type { AuthServer } from './oauth-server';
import { ACCESS_TOKEN_TYPE, REFRESH_TOKEN_TYPE, tokenAudiences, type RefreshTokenClaims } from './tokens';

/**
 * Revocation (RFC 7009) and introspection (RFC 7662). Both answer without detail about bad
 * tokens: revocation says 200 whatever it was given, introspection says `active: false` and
 * nothing else, so neither helps anybody probe tokens they should not hold.
 */

type Failure = { status: 400 | 401; error: 'invalid_request' | 'invalid_client'; description: string };
type Params = Record<string, string | undefined>;

interface Identified {
  kind: 'access_token' | 'refresh_token';
  claims: RefreshTokenClaims;
}

/** Which of the sandbox's tokens this is, if any, checked for signature, type, audience and time (not revocation). */
async function identify(auth: AuthServer, token: string, origin: string): Promise<Identified | null> {
  const audiences = tokenAudiences(origin);
  const access = await auth.tokens.check(token, { issuer: origin, audience: audiences.api, typ: ACCESS_TOKEN_TYPE }, { skipRevocation: true });
  if ('claims' in access) return { kind: 'access_token', claims: access.claims };
  const refresh = await auth.tokens.check(token, { issuer: origin, audience: audiences.tokenEndpoint, typ: REFRESH_TOKEN_TYPE }, { skipRevocation: true });
  if ('claims' in refresh) return { kind: 'refresh_token', claims: refresh.claims };
  return null;
}

/** Revokes the token (RFC 7009); returns a failure only for a missing token or an unknown client. */
export async function revoke(auth: AuthServer, params: Params, origin: string): Promise<Failure | null> {
  if (!params.token) {
    auth.log.record('revoke', params.client_id, 'invalid_request', 'the token parameter is missing');
    return { status: 400, error: 'invalid_request', description: 'token is missing: send token=<the access or refresh token to revoke>' };
  }
  if (params.client_id !== undefined && !findClient(params.client_id)) {
    auth.log.record('revoke', params.client_id, 'invalid_client', 'unknown client_id');
    return { status: 401, error: 'invalid_client', description: `client_id ${JSON.stringify(params.client_id)} is not a registered client` };
  }
  const found = await identify(auth, params.token, origin);
  // A client may only revoke its own tokens; anything else is treated like an invalid token: 200, nothing done.
  if (!found || (params.client_id !== undefined && found.claims.client_id !== params.client_id)) {
    auth.log.record('revoke', params.client_id, 'ok', 'nothing to revoke: the token is not a valid token of this client (answered 200 anyway, RFC 7009 §2.2)');
    return null;
  }
  if (found.kind === 'refresh_token') {
    auth.tokens.families.revoke(found.claims.sid, 'revoked by the client');
    auth.log.record('revoke', found.claims.client_id, 'ok', 'refresh token revoked: its family, with every access token of that sign-in, is revoked');
  } else {
    auth.tokens.revokeAccessToken(found.claims.jti);
    auth.log.record('revoke', found.claims.client_id, 'ok', 'access token revoked');
  }
  return null;
}

/** Introspects the token (RFC 7662). */
export async function introspect(auth: AuthServer, params: Params, origin: string): Promise<{ failure: Failure } | { body: Record<string, unknown> }> {
  if (!params.token) return { failure: { status: 400, error: 'invalid_request', description: 'token is missing: send token=<the token to look at>' } };
  const found = await identify(auth, params.token, origin);
  const claims = found?.claims;
  let active = !!found && auth.tokens.revocationOf(found.claims) === null;
  // A rotated-out refresh token is signed and unexpired, but spent: not active.
  if (found?.kind === 'refresh_token' && auth.tokens.families.get(found.claims.sid)?.currentRefreshJti !== found.claims.jti) active = false;
  auth.log.record('introspect', claims?.client_id, 'ok', `token is ${active ? 'active' : 'not active'}`);
  if (!active || !found || !claims) return { body: { active: false } };
  const audiences = tokenAudiences(origin);
  const body = {
    active: true,
    scope: claims.scope.join(' '),
    client_id: claims.client_id,
    username: findAccount(claims.sub)?.login,
    token_type: found.kind === 'access_token' ? 'Bearer' : 'refresh_token',
    exp: claims.exp,
    iat: claims.iat,
    nbf: claims.iat,
    sub: claims.sub,
    aud: found.kind === 'access_token' ? audiences.api : audiences.tokenEndpoint,
    iss: origin,
    jti: claims.jti,
    tid: claims.tid,
    sid: claims.sid,
  };
  return { body };
}
