/**
 * The two URLs of the front channel: the authorize URL the lab sends the browser to, and
 * the callback URL the authorization server sends it back to. Pure, so both are tested.
 */

/** The lab's registered client: public (no secret), redirect `<origin>/labs/oauth/callback`. */
export const LAB_CLIENT_ID = 'workbench-lab';

/** What the lab asks for: read the tenant's projects and the user's orders (/api/v1/me needs no scope). */
export const LAB_SCOPES = ['projects:read', 'orders:read'] as const;

/** The redirect_uri registered for the lab client on this origin. */
export function labRedirectUri(origin: string): string {
  return `${origin}/labs/oauth/callback`;
}

export interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  state: string;
  codeChallenge: string;
}

/** The path and query of `GET /oauth/authorize` for the authorization code flow with PKCE (S256). */
export function authorizePath(params: AuthorizeParams): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: params.clientId,
    redirect_uri: params.redirectUri,
    scope: params.scopes.join(' '),
    state: params.state,
    code_challenge: params.codeChallenge,
    code_challenge_method: 'S256',
  });
  return `/oauth/authorize?${query}`;
}

export type CallbackResult =
  | { kind: 'code'; code: string; state: string }
  | { kind: 'error'; error: string; description: string | null; state: string | null }
  | { kind: 'state-mismatch'; expected: string | null; received: string | null }
  | { kind: 'empty' };

/**
 * Reads the callback's query and checks `state` against the one this tab sent. A missing
 * or different state means the callback was not started here (a forged or replayed
 * redirect, RFC 6749 §10.12): its code must not be exchanged, whatever it is.
 */
export function readCallback(search: string, expectedState: string | null): CallbackResult {
  const query = new URLSearchParams(search);
  const code = query.get('code');
  const error = query.get('error');
  const state = query.get('state');
  if (!code && !error) return { kind: 'empty' };
  if (!expectedState || state !== expectedState) return { kind: 'state-mismatch', expected: expectedState, received: state };
  if (error) return { kind: 'error', error, description: query.get('error_description'), state };
  return { kind: 'code', code: code!, state: state! };
}

/**
 * Where to go with the authorization server's `redirect_to`. The sandbox lives in this
 * tab's memory, so a full page load would start a fresh sandbox that has never seen the
 * code: a redirect back into this app is followed inside the app (same effect, same
 * URL), and only a redirect to another origin is a real navigation.
 */
export function redirectTarget(redirectTo: string, origin: string): { kind: 'in-app'; path: string } | { kind: 'navigate'; url: string } {
  const url = new URL(redirectTo, origin);
  return url.origin === origin ? { kind: 'in-app', path: `${url.pathname}${url.search}${url.hash}` } : { kind: 'navigate', url: url.href };
}
