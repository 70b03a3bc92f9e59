import { findAccount } from './directory';
import { findClient } from './oauth-clients';
import { verifierMatches, verifierProblem } from './oauth-pkce';
import { parseScope } from './oauth-scopes';
import type { GrantStatus } from './oauth-grant-machine';
import type { Authorization } from './oauth-requests';
import type { AuthServer } from './oauth-server';
import { tokenAudiences, type IssuedTokens } from './tokens';

/**
 * The token endpoint's two grants (RFC 6749 §4.1.3 and §6), as plain functions from the form's
 * parameters to tokens or an RFC 6749 §5.2 error. The route (sandbox/routes/oauth-token.ts)
 * only parses the form and writes the answer; every rule is here, and every outcome is logged.
 */

export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client' | 'unsupported_grant_type' | 'invalid_scope';

export type TokenOutcome =
  | { ok: true; tokens: IssuedTokens }
  | { ok: false; status: 400 | 401; error: OAuthErrorCode; description: string; /** What the log calls it, when more precise than `error`. */ logAs?: string };

type Params = Record<string, string | undefined>;

function refuse(error: OAuthErrorCode, description: string, logAs?: string): TokenOutcome {
  return { ok: false, status: error === 'invalid_client' ? 401 : 400, error, description, ...(logAs && { logAs }) };
}

function missing(params: Params, names: string[]): string[] {
  return names.filter((name) => !params[name]);
}

/** Answers a token request: checks grant_type and the client, then runs the grant. */
export async function tokenRequest(auth: AuthServer, params: Params, origin: string): Promise<TokenOutcome> {
  const grantType = params.grant_type;
  const step = grantType === 'refresh_token' ? 'refresh' : 'token';
  const outcome = await dispatch(auth, params, origin);
  if (!outcome.ok) auth.log.record(step, params.client_id, outcome.logAs ?? outcome.error, outcome.description);
  return outcome;
}

async function dispatch(auth: AuthServer, params: Params, origin: string): Promise<TokenOutcome> {
  if (!params.grant_type) return refuse('invalid_request', 'grant_type is missing: send grant_type=authorization_code or grant_type=refresh_token');
  if (params.grant_type !== 'authorization_code' && params.grant_type !== 'refresh_token') {
    return refuse('unsupported_grant_type', `grant_type ${JSON.stringify(params.grant_type)} is not supported here; use authorization_code or refresh_token`);
  }
  if (!params.client_id) return refuse('invalid_request', 'client_id is missing: public clients identify themselves with client_id in the form (RFC 6749 §3.2.1)');
  if (!findClient(params.client_id)) return refuse('invalid_client', `client_id ${JSON.stringify(params.client_id)} is not a registered client (workbench-lab, pkce-exercise)`);
  return params.grant_type === 'authorization_code' ? redeemCode(auth, params, origin) : refresh(auth, params, origin);
}

async function redeemCode(auth: AuthServer, params: Params, origin: string): Promise<TokenOutcome> {
  const absent = missing(params, ['code', 'redirect_uri', 'code_verifier']);
  if (absent.length > 0) return refuse('invalid_request', `${absent.join(', ')} ${absent.length > 1 ? 'are' : 'is'} missing: the authorization_code grant needs code, redirect_uri, client_id and code_verifier`);
  const verifierIssue = verifierProblem(params.code_verifier!);
  if (verifierIssue) return refuse('invalid_request', verifierIssue);

  const code = await auth.authorizations.findCode(params.code!);
  if (!code) return refuse('invalid_grant', 'the code is unknown: it was never issued, or the sandbox was reset; start the flow again');
  const problem = code.status === 'code_issued' ? await bindingProblem(code, params, origin, auth.authorizations.expired(code)) : null;

  // No await from here until the status has moved on: two requests racing with one code cannot both redeem it.
  if (code.status === 'redeemed') {
    // RFC 6749 §4.1.2: a code used twice means someone else may hold it; what it bought is revoked.
    auth.authorizations.advance(code, { type: 'code.replay' });
    if (code.sid) auth.tokens.families.revoke(code.sid, 'authorization code used twice');
    return refuse('invalid_grant', 'the code was already used; codes are single use, and the tokens issued with it are now revoked');
  }
  if (code.status !== 'code_issued') return refuse('invalid_grant', 'the code was already used; codes are single use. Start the flow again');
  if (problem) {
    // Any failed attempt spends the code: a wrong verifier or redirect_uri may be an attacker's try.
    auth.authorizations.advance(code, { type: 'code.reject' });
    return refuse('invalid_grant', problem);
  }
  auth.authorizations.advance(code, { type: 'code.redeem' });

  const tokens = await auth.tokens.issue({ origin, userId: code.userId!, tenantId: code.tenantId!, clientId: code.clientId, scope: code.scope });
  code.sid = tokens.sid;
  // A replay that arrived while the tokens were being signed found no family to revoke yet.
  if ((code.status as GrantStatus) === 'replayed') auth.tokens.families.revoke(tokens.sid, 'authorization code used twice');
  auth.log.record('token', code.clientId, 'ok', `code exchanged with a matching S256 verifier; tokens issued for ${code.userId} with scope "${tokens.scope}"`);
  return { ok: true, tokens };
}

/** Why the code may not be redeemed with these parameters, or null: it must be fresh and bound to the same client, redirect URI and challenge. */
async function bindingProblem(code: Authorization, params: Params, origin: string, expired: boolean): Promise<string | null> {
  if (expired) return 'the code expired: codes live 60 seconds; start the flow again';
  if (code.clientId !== params.client_id) return `the code was issued to another client, not to ${params.client_id}`;
  if (code.redirectUri !== params.redirect_uri) return 'redirect_uri differs from the one in the authorization request; send exactly the same URI';
  if (code.origin !== origin) return `the code was issued by ${code.origin}, not by ${origin}`;
  if (!(await verifierMatches(params.code_verifier!, code.codeChallenge))) {
    return 'code_verifier does not match the code_challenge: BASE64URL(SHA-256(code_verifier)) must equal the challenge sent to /oauth/authorize';
  }
  return null;
}

async function refresh(auth: AuthServer, params: Params, origin: string): Promise<TokenOutcome> {
  if (!params.refresh_token) return refuse('invalid_request', 'refresh_token is missing: the refresh_token grant needs refresh_token and client_id');
  const audiences = tokenAudiences(origin);
  const checked = await auth.tokens.checkRefreshToken(params.refresh_token, { issuer: audiences.issuer, audience: audiences.tokenEndpoint });
  if ('refusal' in checked) return refuse('invalid_grant', `the refresh token was refused: ${checked.refusal.reason}`);
  const claims = checked.claims;
  if (claims.client_id !== params.client_id) return refuse('invalid_grant', `the refresh token was issued to another client, not to ${params.client_id}`);

  const family = auth.tokens.families.get(claims.sid);
  if (!family) return refuse('invalid_grant', 'the sign-in this refresh token belongs to no longer exists (the sandbox was reset); sign in again');
  if (family.revoked) return refuse('invalid_grant', `the sign-in this refresh token belongs to was revoked (${family.revoked.reason}); sign in again`);
  if (family.currentRefreshJti !== claims.jti) {
    // Rotation means each refresh token works once. A used one coming back means two parties hold it.
    auth.tokens.families.revoke(claims.sid, 'refresh token reuse detected');
    return refuse('invalid_grant', 'the refresh token was already used; refresh tokens rotate and work once. Every token of this sign-in is now revoked; sign in again', 'refresh_token_reuse');
  }

  let scope = [...family.scope];
  if (params.scope !== undefined) {
    const asked = parseScope(params.scope);
    if (!asked.ok) return refuse('invalid_scope', asked.reason);
    const beyond = asked.scopes.filter((name) => !family.scope.includes(name));
    if (beyond.length > 0) return refuse('invalid_scope', `a refresh can only narrow the scope; ${beyond.join(' ')} was not granted at sign-in`);
    scope = asked.scopes;
  }
  const account = findAccount(claims.sub);
  if (!account) return refuse('invalid_grant', `the user ${claims.sub} no longer exists`);

  const tokens = await auth.tokens.issue({ origin, userId: account.userId, tenantId: account.tenantId, clientId: family.clientId, scope }, claims.sid);
  auth.log.record('refresh', params.client_id, 'ok', 'refresh token rotated: a new access and refresh token issued, the used refresh token is spent');
  return { ok: true, tokens };
}
