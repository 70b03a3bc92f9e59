/**
 * A client that sends a state, as the documentation says, but never compares it with the
 * one on the callback: any code that arrives is exchanged.
 */

interface TokenResponse {
  access_token: string;
  refresh_token: string;
  token_type: string;
  expires_in: number;
  scope: string;
}

/** base64url without padding (RFC 4648 §5), the alphabet of verifiers and challenges. */
function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 bytes from the platform's CSPRNG: 43 characters, 256 bits nobody can guess. */
function randomSecret(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The S256 challenge: BASE64URL(SHA-256(ASCII(verifier))). */
async function s256(verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

/** Creates a client; nothing is sent until signIn(). */
export function createPkceClient(options: PkceClientOptions): PkceClient {
  const { fetch, approve, clientId, redirectUri, scope } = options;
  // Held only in this closure: never logged, never put in a URL, never returned.
  let tokens: TokenResponse | null = null;

  /** POSTs a form to the token endpoint; throws with the RFC 6749 error when it refuses. */
  async function tokenRequest(form: Record<string, string>): Promise<TokenResponse> {
    const response = await fetch('/oauth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    const body = (await response.json()) as Partial<TokenResponse> & { error?: string; error_description?: string };
    if (!response.ok || !body.access_token || !body.refresh_token) {
      throw new Error(`The token endpoint refused: ${body.error ?? response.status} (${body.error_description ?? 'no description'})`);
    }
    return body as TokenResponse;
  }

  return {
    async signIn() {
      // Fresh secrets for every attempt: a verifier or state reused across sign-ins protects nothing.
      const verifier = randomSecret();
      const state = randomSecret();
      const query = new URLSearchParams({
        response_type: 'code',
        client_id: clientId,
        redirect_uri: redirectUri,
        scope,
        state,
        code_challenge: await s256(verifier),
        code_challenge_method: 'S256',
      });
      const authorization = await fetch(`/oauth/authorize?${query}`, { redirect: 'manual' });
      const consentUrl = authorization.headers.get('location');
      if (authorization.status !== 302 || !consentUrl) throw new Error(`GET /oauth/authorize answered ${authorization.status}, not a redirect`);
      const early = new URL(consentUrl, 'http://sandbox.invalid');
      if (early.searchParams.has('error')) throw new Error(`The authorization server refused the request: ${early.searchParams.get('error_description')}`);

      const callback = new URL(await approve(consentUrl));
      const error = callback.searchParams.get('error');
      if (error) throw new Error(`Sign-in did not complete: ${error}`);
      const code = callback.searchParams.get('code');
      if (!code) throw new Error('The callback carries neither a code nor an error.');

      tokens = await tokenRequest({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: clientId, code_verifier: verifier });
    },

    async request(path, init = {}) {
      if (!tokens) throw new Error('Call signIn() first: there is no access token yet.');
      const headers = new Headers(init.headers);
      headers.set('authorization', `Bearer ${tokens.access_token}`);
      return fetch(path, { ...init, headers });
    },

    async refresh() {
      if (!tokens) throw new Error('Call signIn() first: there is no refresh token yet.');
      // Rotation: the answer holds a NEW refresh token, and the one just sent is spent.
      tokens = await tokenRequest({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token, client_id: clientId });
    },
  };
}
