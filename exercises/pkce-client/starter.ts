/**
 * A first draft of the client. It can build the authorization request, but it has no
 * PKCE yet, never looks at the callback's state, and cannot exchange or refresh tokens.
 *
 * @param options  fetch (answered by the sandbox), approve (the person at the consent page),
 *                 clientId, redirectUri and scope
 */
export function createPkceClient(options: PkceClientOptions): PkceClient {
  const { fetch, approve, clientId, redirectUri, scope } = options;
  let accessToken: string | null = null;

  return {
    async signIn() {
      const query = new URLSearchParams({ response_type: 'code', client_id: clientId, redirect_uri: redirectUri, scope });
      // TODO: add a random state, and a code_challenge (S256) computed from a random code_verifier.
      const response = await fetch(`/oauth/authorize?${query}`);
      const location = response.headers.get('location');
      if (!location) throw new Error(`GET /oauth/authorize answered ${response.status} without a Location`);
      const callback = new URL(await approve(location));
      const code = callback.searchParams.get('code');
      // TODO: check the state, then POST the code and the verifier to /oauth/token and keep the tokens.
      throw new Error(`Got the code ${code ? 'back' : 'nowhere'}; exchanging it is not written yet.`);
    },

    async request(path, init = {}) {
      const headers = new Headers(init.headers);
      if (accessToken) headers.set('authorization', `Bearer ${accessToken}`);
      return fetch(path, { ...init, headers });
    },

    async refresh() {
      // TODO: POST grant_type=refresh_token and keep BOTH new tokens.
      throw new Error('refresh() is not written yet.');
    },
  };
}
