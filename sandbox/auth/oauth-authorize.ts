import { ApiError } from '../patterns/errors';
import { findAccountByLogin, type Account } from './directory';
import { findClient, isRegisteredRedirect } from './oauth-clients';
import { challengeProblem } from './oauth-pkce';
import { MAX_LOGIN_ATTEMPTS, type Authorization } from './oauth-requests';
import { parseScope } from './oauth-scopes';
import type { AuthServer } from './oauth-server';
import { verifyPassword } from './password';

/**
 * The front half of the authorization code flow: the authorization request (RFC 6749 §4.1.1)
 * and the user's decision on the consent page. Errors follow §4.1.2.1: when the client or its
 * redirect URI cannot be trusted, the server answers the browser itself (never redirecting to
 * an address nobody registered); otherwise the error goes back to the client on its redirect URI.
 */

/** Where the browser goes next: the consent page, or the client's redirect URI with an error. */
export type AuthorizeOutcome = { redirect: string };

const PARAMETERS = ['response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'code_challenge', 'code_challenge_method'];

/** Adds the response parameters to the client's redirect URI, keeping any query it already has. */
export function redirectWith(redirectUri: string, params: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);
  return url.href;
}

/** Handles GET /oauth/authorize's query; throws ApiError (400, no redirect) when the client or redirect URI is untrusted. */
export function authorize(auth: AuthServer, query: URLSearchParams, origin: string): AuthorizeOutcome {
  const one = (name: string) => query.get(name) ?? undefined;
  const clientId = one('client_id');
  const client = findClient(clientId);
  if (!client || query.getAll('client_id').length > 1) {
    auth.log.record('authorize', clientId, 'invalid_client', 'unknown client_id: answered with a 400 page, never a redirect');
    throw new ApiError('invalid_oauth_client', `client_id ${clientId === undefined ? 'is missing' : `${JSON.stringify(clientId)} is not registered`}. Registered clients: workbench-lab, pkce-exercise.`, { param: 'client_id' });
  }
  const redirectUri = one('redirect_uri');
  if (!redirectUri || query.getAll('redirect_uri').length > 1 || !isRegisteredRedirect(client, redirectUri, origin)) {
    auth.log.record('authorize', client.id, 'invalid_redirect_uri', 'redirect_uri not registered for this client: answered with a 400 page, never a redirect');
    throw new ApiError(
      'invalid_redirect_uri',
      `redirect_uri ${redirectUri === undefined ? 'is missing' : `${JSON.stringify(redirectUri)} is not registered for ${client.id}`}. Send exactly ${client.redirectUris.map((uri) => uri.replace('{origin}', origin)).join(' or ')}.`,
      { param: 'redirect_uri' },
    );
  }

  const state = one('state');
  const fail = (error: string, description: string): AuthorizeOutcome => {
    auth.log.record('authorize', client.id, error, description);
    return { redirect: redirectWith(redirectUri, { error, error_description: description, state, iss: origin }) };
  };
  const repeated = PARAMETERS.find((name) => query.getAll(name).length > 1);
  if (repeated) return fail('invalid_request', `${repeated} is sent more than once; each parameter may appear once (RFC 6749 §3.1)`);
  const responseType = one('response_type');
  if (!responseType) return fail('invalid_request', 'response_type is missing: send response_type=code');
  if (responseType !== 'code') return fail('unsupported_response_type', `response_type ${JSON.stringify(responseType)} is not supported: only the authorization code flow (response_type=code) is`);
  const pkce = challengeProblem(one('code_challenge'), one('code_challenge_method'));
  if (pkce) return fail('invalid_request', pkce);
  const scope = parseScope(one('scope'));
  if (!scope.ok) return fail('invalid_scope', scope.reason);

  const request = auth.authorizations.open({ clientId: client.id, redirectUri, scope: scope.scopes, state, codeChallenge: one('code_challenge')!, origin });
  auth.log.record('authorize', client.id, 'ok', `authorization request ${request.id} stored with an S256 challenge for scope "${scope.scopes.join(' ')}"; the browser goes to the consent page`);
  return { redirect: `/consent?request=${encodeURIComponent(request.id)}` };
}

/** The pending request, or 404 `authorization_request_not_found`. */
export function pendingRequest(auth: AuthServer, id: string): Authorization {
  const request = auth.authorizations.pending(id);
  if (!request) {
    throw new ApiError('authorization_request_not_found', `No pending authorization request has the id ${JSON.stringify(id)}: it expired (10 minutes), was already decided, or never existed. Start again at GET /oauth/authorize.`, { param: 'request' });
  }
  return request;
}

// Checked when the login is unknown, so that a wrong login costs as long as a wrong password
// and response times do not reveal which logins exist. Its password is not one anybody knows.
const DECOY_HASH = 'pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

async function authenticateUser(login: string, password: string): Promise<Account | null> {
  const account = findAccountByLogin(login);
  const matches = await verifyPassword(password, account?.passwordHash ?? DECOY_HASH);
  return account && matches ? account : null;
}

/** Handles the consent page's decision; returns where the browser goes next (the client's redirect URI). */
export async function decide(auth: AuthServer, decision: { request: string; login: string; password: string; approve: boolean }): Promise<{ redirect_to: string }> {
  const request = pendingRequest(auth, decision.request);
  const answer = (params: Record<string, string | undefined>) => redirectWith(request.redirectUri, { ...params, state: request.state, iss: request.origin });
  if (!decision.approve) {
    auth.authorizations.advance(request, { type: 'authorization.deny' });
    auth.log.record('decision', request.clientId, 'access_denied', 'the user declined; the client gets error=access_denied');
    return { redirect_to: answer({ error: 'access_denied', error_description: 'The user declined the request.' }) };
  }

  const account = await authenticateUser(decision.login, decision.password);
  if (!account) {
    request.failedLogins += 1;
    const left = MAX_LOGIN_ATTEMPTS - request.failedLogins;
    auth.authorizations.advance(request, { type: left > 0 ? 'authorization.loginFailed' : 'authorization.cancel' });
    auth.log.record('decision', request.clientId, 'invalid_credentials', `wrong login or password (${request.failedLogins} of ${MAX_LOGIN_ATTEMPTS} attempts)`);
    throw new ApiError(
      'invalid_credentials',
      left > 0
        ? `The login or password is wrong. The request stays open: ${left} attempt${left === 1 ? '' : 's'} left.`
        : 'The login or password is wrong, too many times: this authorization request is cancelled. Start again at GET /oauth/authorize.',
      { param: 'password' },
    );
  }

  const code = await auth.authorizations.issueCode(request, { userId: account.userId, tenantId: account.tenantId });
  auth.log.record('decision', request.clientId, 'ok', `${account.login} approved scope "${request.scope.join(' ')}"; a single-use code valid for 60 seconds goes to the redirect URI`);
  return { redirect_to: answer({ code }) };
}
