/**
 * The lab's calls to the sandbox's authorization server and API, each returning the
 * recorded exchange so the page can show exactly what was sent and answered.
 */
import { LAB_CLIENT_ID, labRedirectUri } from './authorize-request';
import { sendRecorded, type Exchange } from './http-exchange';

const form = { 'Content-Type': 'application/x-www-form-urlencoded' };

/** The token endpoint's success body (RFC 6749 §5.1). */
export interface TokenSet {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token: string;
  scope: string;
}

/** The TokenSet in a token endpoint answer, or null when it is an error or malformed. */
export function tokenSetOf(exchange: Exchange): TokenSet | null {
  const body = exchange.response.json as Partial<TokenSet> | null;
  if (exchange.response.status !== 200 || !body) return null;
  if (typeof body.access_token !== 'string' || typeof body.refresh_token !== 'string') return null;
  return {
    access_token: body.access_token,
    refresh_token: body.refresh_token,
    token_type: String(body.token_type ?? ''),
    expires_in: Number(body.expires_in ?? 0),
    scope: String(body.scope ?? ''),
  };
}

/** RFC 6749 §5.2 error of a token endpoint answer ("invalid_grant: …"), or null. */
export function oauthErrorOf(exchange: Exchange): { error: string; description: string } | null {
  const body = exchange.response.json as { error?: unknown; error_description?: unknown } | null;
  if (typeof body?.error !== 'string') return null;
  return { error: body.error, description: typeof body.error_description === 'string' ? body.error_description : '' };
}

/** Follows GET /oauth/authorize the way a browser does; the answer is where it was sent. */
export function requestAuthorization(path: string): Promise<Exchange> {
  return sendRecorded('GET', path);
}

/** POST /oauth/token with grant_type=authorization_code and the PKCE verifier. */
export function exchangeCode(code: string, verifier: string, origin: string): Promise<Exchange> {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: labRedirectUri(origin),
    client_id: LAB_CLIENT_ID,
    code_verifier: verifier,
  });
  return sendRecorded('POST', '/oauth/token', form, body.toString());
}

/** POST /oauth/token with grant_type=refresh_token. */
export function refreshTokens(refreshToken: string): Promise<Exchange> {
  const body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: LAB_CLIENT_ID });
  return sendRecorded('POST', '/oauth/token', form, body.toString());
}

/** GET an API path with the access token as a Bearer credential. */
export function callApi(path: string, accessToken: string): Promise<Exchange> {
  return sendRecorded('GET', path, { Authorization: `Bearer ${accessToken}` });
}

