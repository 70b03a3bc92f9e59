import type { Context, MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../env';
import { ApiError } from '../patterns/errors';
import { invalidApiKey, invalidTokenChallenge, looksLikeApiKey, type ApiKeyStore } from './api-keys';
import { findAccount } from './directory';
import { ANONYMOUS, type Principal } from './principal';

/**
 * Authentication: turns the Authorization header into a Principal, once, for every /api
 * request, so that routes and policies only ever ask "who is this?" and never parse headers.
 *
 * - no Authorization header → the anonymous demo caller (the open API of chapters 1 to 4);
 * - `Bearer wbk_…` → an API key: looked up by its hash, counted, its owner's roles, its scopes;
 * - `Bearer <JWT>` → an access token: signature, algorithm, type, expiry, issuer and audience
 *   checked by the token service, then the user's roles from the directory.
 *
 * A credential that fails is a 401, never a silent fall back to anonymous: a client whose
 * token expired must learn that, not get the public view and wonder where its data went.
 * Roles are read from the directory on every request rather than copied into the token, so
 * a role taken away applies at once instead of when the token expires.
 */

/** The claims authentication needs from a verified access token. */
export interface VerifiedAccessToken {
  sub: string;
  tid: string;
  client_id: string;
  scope: string[];
}

/** Verifies an access token for this issuer and audience, or throws 401 `invalid_token`. */
export type AccessTokenVerifier = (token: string, expected: { issuer: string; audience: string }) => Promise<VerifiedAccessToken>;

export interface AuthenticateOptions {
  apiKeys: ApiKeyStore;
  verifyAccessToken: AccessTokenVerifier;
}

/** Middleware that sets `principal` on the context from the Authorization header. */
export function authenticate(options: AuthenticateOptions): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    c.set('principal', header === undefined ? ANONYMOUS : await principalFor(header, c, options));
    await next();
  };
}

/** The principal on the context: ANONYMOUS when authentication has not run or found no credentials. */
export function principalOf(c: Context<SandboxEnv>): Principal {
  return c.get('principal') ?? ANONYMOUS;
}

/** Middleware for routes that serve tenant data: refuses anonymous callers with 401 `authentication_required`. */
export function requirePrincipal(): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    if (principalOf(c).kind === 'anonymous') {
      throw new ApiError(
        'authentication_required',
        `${c.req.method} ${c.req.path} is about you or your tenant's data, so it needs credentials. Send Authorization: Bearer <access token> (from the OAuth flow) or Authorization: Bearer wbk_… (an API key).`,
        { param: 'Authorization', headers: { 'WWW-Authenticate': 'Bearer realm="workbench"' } },
      );
    }
    await next();
  };
}

async function principalFor(header: string, c: Context<SandboxEnv>, options: AuthenticateOptions): Promise<Principal> {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  if (!match) {
    const scheme = header.trim().split(/\s+/)[0] || '(empty)';
    throw invalidToken(`The Authorization header must be "Bearer <token>"; this one uses ${JSON.stringify(scheme)}. Send an access token or an API key (wbk_…) after "Bearer ".`);
  }
  const credential = match[1]!;
  return looksLikeApiKey(credential) ? apiKeyPrincipal(credential, options.apiKeys) : userPrincipal(credential, c, options.verifyAccessToken);
}

async function apiKeyPrincipal(key: string, apiKeys: ApiKeyStore): Promise<Principal> {
  const record = await apiKeys.use(key);
  const owner = findAccount(record.user_id);
  if (!owner || owner.tenantId !== record.tenant_id) {
    throw invalidApiKey(`The API key ${record.prefix}… belongs to a user who is no longer in tenant ${record.tenant_id}. Create a new key.`);
  }
  return { kind: 'api_key', userId: owner.userId, tenantId: owner.tenantId, roles: owner.roles, scopes: record.scopes, credentialId: record.id };
}

async function userPrincipal(token: string, c: Context<SandboxEnv>, verify: AccessTokenVerifier): Promise<Principal> {
  // The token must have been issued by this sandbox, for its API: the origin the request came to.
  const origin = new URL(c.req.url).origin;
  const claims = await verify(token, { issuer: origin, audience: `${origin}/api` });
  const account = findAccount(claims.sub);
  if (!account) throw invalidToken(`The token's subject ${JSON.stringify(claims.sub)} is not a user of this sandbox. Sign in again.`);
  if (account.tenantId !== claims.tid) {
    throw invalidToken(`The token names tenant ${JSON.stringify(claims.tid)}, but ${claims.sub} belongs to ${account.tenantId}. Sign in again to get a token for your tenant.`);
  }
  return { kind: 'user', userId: account.userId, tenantId: account.tenantId, roles: account.roles, scopes: claims.scope, credentialId: claims.client_id };
}

function invalidToken(message: string): ApiError {
  return new ApiError('invalid_token', message, {
    param: 'Authorization',
    headers: { 'WWW-Authenticate': invalidTokenChallenge(message) },
  });
}
