import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { authorizeRequest, decide, PASSWORDS, PKCE_CLIENT, PKCE_REDIRECT, pkcePair, startFlow } from './oauth-helpers';
import { call, testSandbox } from './support';

/*
 * The front half of the flow: discovery, GET /oauth/authorize (which errors stay on the server,
 * which go back to the client), the consent page's request read, and the decision.
 */

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

async function validParams(overrides: Record<string, string | undefined> = {}) {
  const { challenge } = await pkcePair();
  return { response_type: 'code', client_id: PKCE_CLIENT, redirect_uri: PKCE_REDIRECT, scope: 'orders:read', state: 'xyz', code_challenge: challenge, code_challenge_method: 'S256', ...overrides };
}

/** The error parameters on a redirect back to the client. */
function redirectError(location: string | null) {
  const url = new URL(location!);
  expect(`${url.origin}${url.pathname}`).toBe(PKCE_REDIRECT);
  return Object.fromEntries(url.searchParams);
}

describe('GET /.well-known/oauth-authorization-server', () => {
  it('describes the server per RFC 8414, with S256 as the only PKCE method', async () => {
    const res = await call(sandbox, 'GET', '/.well-known/oauth-authorization-server');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      issuer: 'http://sandbox.local',
      authorization_endpoint: 'http://sandbox.local/oauth/authorize',
      token_endpoint: 'http://sandbox.local/oauth/token',
      jwks_uri: 'http://sandbox.local/.well-known/jwks.json',
      code_challenge_methods_supported: ['S256'],
      grant_types_supported: ['authorization_code', 'refresh_token'],
      response_types_supported: ['code'],
    });
    expect(res.body.scopes_supported).toContain('orders:read');
  });
});

describe('GET /oauth/authorize', () => {
  it('stores a pending request and sends the browser to the consent page', async () => {
    const res = await authorizeRequest(sandbox, await validParams());
    expect(res.status).toBe(302);
    expect(res.headers.get('Location')).toMatch(/^\/consent\?request=azr_[A-Za-z0-9_-]{22}$/);
  });

  it('answers 400 itself, without redirecting, for an unknown client', async () => {
    const res = await authorizeRequest(sandbox, await validParams({ client_id: 'mallory' }));
    expect(res.status).toBe(400);
    expect(res.headers.get('Location')).toBeNull();
    expect(res.body.error).toMatchObject({ code: 'invalid_oauth_client', param: 'client_id' });
  });

  it('answers 400 itself, without redirecting, for a redirect_uri not registered (no prefix matching)', async () => {
    for (const redirect_uri of ['https://evil.example/callback', `${PKCE_REDIRECT}/../steal`, `${PKCE_REDIRECT}?next=evil`, 'https://client.example/callbackx', undefined]) {
      const res = await authorizeRequest(sandbox, await validParams({ redirect_uri }));
      expect(res.status, String(redirect_uri)).toBe(400);
      expect(res.headers.get('Location')).toBeNull();
      expect(res.body.error.code).toBe('invalid_redirect_uri');
    }
  });

  it('accepts the lab client’s redirect on the request’s own origin', async () => {
    const res = await authorizeRequest(sandbox, await validParams({ client_id: 'workbench-lab', redirect_uri: 'http://sandbox.local/labs/oauth/callback' }));
    expect(res.status).toBe(302);
    const other = await authorizeRequest(sandbox, await validParams({ client_id: 'workbench-lab', redirect_uri: 'http://other.local/labs/oauth/callback' }));
    expect(other.status).toBe(400);
  });

  it('accepts a loopback redirect on any port (RFC 8252), but not another loopback path', async () => {
    const loopback = async (redirectUri: string) => {
      const query = new URLSearchParams({ ...(await validParams({ client_id: 'workbench-lab' })), redirect_uri: redirectUri });
      return sandbox.fetch(new Request(`http://127.0.0.1:4010/oauth/authorize?${query}`));
    };
    expect((await loopback('http://127.0.0.1:4010/labs/oauth/callback')).status).toBe(302);
    expect((await loopback('http://127.0.0.1:53177/labs/oauth/callback')).status).toBe(302);
    expect((await loopback('http://127.0.0.1:53177/elsewhere')).status).toBe(400);
    expect((await loopback('https://127.0.0.1:53177/labs/oauth/callback')).status).toBe(400);
  });

  it('refuses the plain PKCE method with a redirect carrying invalid_request and the state', async () => {
    const { verifier } = await pkcePair();
    const res = await authorizeRequest(sandbox, await validParams({ code_challenge: verifier, code_challenge_method: 'plain' }));
    expect(res.status).toBe(302);
    expect(redirectError(res.headers.get('Location'))).toMatchObject({ error: 'invalid_request', error_description: expect.stringContaining('plain is refused'), state: 'xyz', iss: 'http://sandbox.local' });
  });

  it('refuses a request without a challenge, or without a method (which means plain)', async () => {
    const noChallenge = await authorizeRequest(sandbox, await validParams({ code_challenge: undefined }));
    expect(redirectError(noChallenge.headers.get('Location'))).toMatchObject({ error: 'invalid_request', error_description: expect.stringContaining('PKCE is required') });
    const noMethod = await authorizeRequest(sandbox, await validParams({ code_challenge_method: undefined }));
    expect(redirectError(noMethod.headers.get('Location')).error_description).toContain('plain');
  });

  it('redirects unsupported_response_type for response_type=token', async () => {
    const res = await authorizeRequest(sandbox, await validParams({ response_type: 'token' }));
    expect(redirectError(res.headers.get('Location')).error).toBe('unsupported_response_type');
  });

  it('redirects invalid_scope for an unknown or missing scope, listing the known ones', async () => {
    const unknown = await authorizeRequest(sandbox, await validParams({ scope: 'orders:read admin' }));
    expect(redirectError(unknown.headers.get('Location'))).toMatchObject({ error: 'invalid_scope', error_description: expect.stringContaining('"admin"') });
    const missing = await authorizeRequest(sandbox, await validParams({ scope: undefined }));
    expect(redirectError(missing.headers.get('Location')).error).toBe('invalid_scope');
  });
});

describe('the consent step', () => {
  it('shows the pending request: client, scopes with descriptions, where the answer goes, until when', async () => {
    const { requestId } = await startFlow(sandbox, { scope: 'orders:read projects:read' });
    const res = await call(sandbox, 'GET', `/oauth/authorize/requests/${requestId}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      id: requestId,
      client_id: PKCE_CLIENT,
      client_name: 'PKCE client exercise',
      scopes: [
        { name: 'orders:read', description: expect.any(String) },
        { name: 'projects:read', description: expect.any(String) },
      ],
      redirect_uri_host: 'client.example',
      expires_at: '2026-03-01T12:10:00.000Z',
    });
  });

  it('forgets a pending request after 10 minutes', async () => {
    const { requestId } = await startFlow(sandbox);
    sandbox.clock.advance(10 * 60 * 1000);
    const res = await call(sandbox, 'GET', `/oauth/authorize/requests/${requestId}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('authorization_request_not_found');
  });

  it('approves with the right password: a code and the state on the redirect URI', async () => {
    const { requestId } = await startFlow(sandbox, { state: 'abc' });
    const res = await decide(sandbox, requestId, 'ada', PASSWORDS.ada);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const url = new URL(res.body.redirect_to);
    expect(`${url.origin}${url.pathname}`).toBe(PKCE_REDIRECT);
    expect(url.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toBe('abc');
    expect((await call(sandbox, 'GET', `/oauth/authorize/requests/${requestId}`)).status).toBe(404);
  });

  it('answers 401 for a wrong password and keeps the request pending', async () => {
    const { requestId } = await startFlow(sandbox);
    const wrong = await decide(sandbox, requestId, 'ada', 'difference-engine');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toMatchObject({ code: 'invalid_credentials', message: expect.stringContaining('4 attempts left') });
    const unknown = await decide(sandbox, requestId, 'charles', 'anything');
    expect(unknown.status).toBe(401);
    expect((await decide(sandbox, requestId, 'ada', PASSWORDS.ada)).status).toBe(200);
  });

  it('cancels the request after five wrong passwords', async () => {
    const { requestId } = await startFlow(sandbox);
    for (let attempt = 0; attempt < 5; attempt++) expect((await decide(sandbox, requestId, 'ada', `guess-${attempt}`)).status).toBe(401);
    expect((await decide(sandbox, requestId, 'ada', PASSWORDS.ada)).status).toBe(404);
  });

  it('declines: error=access_denied and the state go back to the client, no code', async () => {
    const { requestId } = await startFlow(sandbox, { state: 'abc' });
    const res = await decide(sandbox, requestId, '', '', false);
    expect(res.status).toBe(200);
    const url = new URL(res.body.redirect_to);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ error: 'access_denied', state: 'abc' });
    expect(url.searchParams.has('code')).toBe(false);
  });

  it('validates the decision body', async () => {
    const res = await call(sandbox, 'POST', '/oauth/authorize/decision', { json: { request: 'azr_x', login: 'ada' } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('validation_failed');
  });
});
