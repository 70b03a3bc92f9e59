/**
 * The OAuth clients registered with the sandbox. Both are public clients (RFC 6749 §2.1):
 * they run where a secret cannot be kept (a browser page, a learner's script), so they have
 * no client secret and PKCE is what binds the code to the client that asked for it.
 */

export interface OAuthClient {
  id: string;
  name: string;
  /** Registered redirect URIs; `{origin}` stands for the origin the request came to. */
  redirectUris: readonly string[];
}

export const OAUTH_CLIENTS: readonly OAuthClient[] = Object.freeze([
  { id: 'workbench-lab', name: 'Workbench OAuth lab', redirectUris: ['{origin}/labs/oauth/callback'] },
  // Never navigated to: the pkce-client exercise reads the code from the decision's `redirect_to`.
  { id: 'pkce-exercise', name: 'PKCE client exercise', redirectUris: ['https://client.example/callback'] },
]);

/** The registered client with this id, if any. */
export function findClient(clientId: string | undefined | null): OAuthClient | undefined {
  return OAUTH_CLIENTS.find((client) => client.id === clientId);
}

/**
 * Whether `redirectUri` is registered for the client. Exact string match — no prefix or
 * pattern matching, the source of many open-redirect and code-theft bugs — with one
 * exception from RFC 8252 §7.3: a loopback `http://127.0.0.1` URI matches whatever its port,
 * because a native app listening on loopback gets a different free port each time.
 */
export function isRegisteredRedirect(client: OAuthClient, redirectUri: string, origin: string): boolean {
  const registered = client.redirectUris.map((uri) => uri.replace('{origin}', origin));
  if (registered.includes(redirectUri)) return true;
  const loopback = withoutLoopbackPort(redirectUri);
  return loopback !== null && registered.some((uri) => withoutLoopbackPort(uri) === loopback);
}

function withoutLoopbackPort(uri: string): string | null {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || (url.hostname !== '127.0.0.1' && url.hostname !== '[::1]')) return null;
  return `http://${url.hostname}${url.pathname}${url.search}`;
}
