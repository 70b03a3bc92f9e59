// Types the editor knows about while you solve "pkce-client". They are global:
// use them in your code without importing anything.

/**
 * The fetch the checks hand you: answered by a fresh sandbox, in-process. Pass it paths,
 * e.g. fetch('/oauth/authorize?…'). Redirects are NOT followed: a 302 comes back as a 302,
 * so you can read its Location header. The checks record every request.
 */
type PkceFetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Stands in for the person at the consent page. Give it the Location the sandbox answered
 * GET /oauth/authorize with (the consent page, "/consent?request=azr_…"). It signs in as
 * Ada, approves, and resolves with the URL the browser would be sent to next: your
 * redirect_uri with `code` and `state` (or with `error` when the person declines).
 */
type PkceApprove = (consentUrl: string) => Promise<string>;

/** What createPkceClient is given. */
interface PkceClientOptions {
  fetch: PkceFetch;
  approve: PkceApprove;
  /** The registered public client: "pkce-exercise". */
  clientId: string;
  /** Its registered redirect URI: "https://client.example/callback". */
  redirectUri: string;
  /** Space-separated scopes to ask for, e.g. "orders:read users:read". */
  scope: string;
}

/** The client you write. It keeps its tokens to itself. */
interface PkceClient {
  /** Runs the authorization code flow with PKCE (S256); resolves once the client holds tokens, rejects when the flow fails. */
  signIn(): Promise<void>;
  /** Calls the API with the current access token, e.g. request('/api/v1/me'). */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Trades the current refresh token for a new access token AND a new refresh token. */
  refresh(): Promise<void>;
}
