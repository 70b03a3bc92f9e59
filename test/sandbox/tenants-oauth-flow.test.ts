import { describe, expect, it } from 'vitest';
import { call, ORIGIN } from './support';
import { authSandbox, type AuthSandbox, type DemoLogin } from './tenants-support';

/*
 * End to end, with nothing minted behind the API's back: each demo user signs in through the
 * authorization code flow with PKCE (authorize → decision → token), and the access token the
 * sandbox hands out is what opens, or does not open, the tenant routes.
 */

const PASSWORDS: Record<DemoLogin, string> = { ada: 'analytical-engine', grace: 'first-compiler-1952', alan: 'universal-machine' };
const REDIRECT_URI = 'https://client.example/callback';

async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: Buffer.from(digest).toString('base64url') };
}

/** Signs the user in through the sandbox's OAuth endpoints and returns the access token. */
async function signIn(env: AuthSandbox, login: DemoLogin, scope: string): Promise<string> {
  const { verifier, challenge } = await pkcePair();
  const authorize = new URL('/oauth/authorize', ORIGIN);
  for (const [name, value] of Object.entries({ response_type: 'code', client_id: 'pkce-exercise', redirect_uri: REDIRECT_URI, scope, state: 'st4te', code_challenge: challenge, code_challenge_method: 'S256' })) {
    authorize.searchParams.set(name, value);
  }
  const started = await env.sandbox.fetch(new Request(authorize));
  expect(started.status, await started.clone().text()).toBe(302);
  const requestId = new URL(started.headers.get('Location')!, ORIGIN).searchParams.get('request')!;

  const decided = await env.sandbox.fetch(
    new Request(`${ORIGIN}/oauth/authorize/decision`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ request: requestId, login, password: PASSWORDS[login], approve: true }),
    }),
  );
  expect(decided.status).toBe(200);
  const code = new URL(((await decided.json()) as { redirect_to: string }).redirect_to).searchParams.get('code')!;

  const form = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, client_id: 'pkce-exercise', code_verifier: verifier });
  const exchanged = await env.sandbox.fetch(new Request(`${ORIGIN}/oauth/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form }));
  expect(exchanged.status).toBe(200);
  return ((await exchanged.json()) as { access_token: string }).access_token;
}

describe('tenant routes with tokens from the real OAuth flow', () => {
  it('let each demo user into its own tenant and no other, with the roles of the directory', async () => {
    const env = authSandbox();
    const expected: [DemoLogin, string, string, number][] = [
      ['ada', 'ten_acme', 'ten_globex', 200],
      ['grace', 'ten_acme', 'ten_globex', 403],
      ['alan', 'ten_globex', 'ten_acme', 200],
    ];
    for (const [login, own, other, membersStatus] of expected) {
      const headers = { Authorization: `Bearer ${await signIn(env, login, 'projects:* members:read')}` };
      const me = await call(env.sandbox, 'GET', '/api/v1/me', { headers });
      expect(me.body.data).toMatchObject({ tenant: { id: own }, credential: { kind: 'user', id: 'pkce-exercise' } });
      expect((await call(env.sandbox, 'GET', `/api/v1/tenants/${own}/projects`, { headers })).status, login).toBe(200);
      expect((await call(env.sandbox, 'GET', `/api/v1/tenants/${own}/members`, { headers })).status, login).toBe(membersStatus);
      expect((await call(env.sandbox, 'GET', `/api/v1/tenants/${other}/projects`, { headers })).status, login).toBe(404);
      expect((await call(env.sandbox, 'DELETE', `/api/v1/tenants/${other}/projects/${other === 'ten_acme' ? 'prj_1' : 'prj_4'}`, { headers })).status, login).toBe(404);
    }
  });

  it('hold a token to the scopes the user consented to', async () => {
    const env = authSandbox();
    const headers = { Authorization: `Bearer ${await signIn(env, 'ada', 'projects:read')}` };
    expect((await call(env.sandbox, 'GET', '/api/v1/tenants/ten_acme/projects/prj_2', { headers })).status).toBe(200);
    expect((await call(env.sandbox, 'DELETE', '/api/v1/tenants/ten_acme/projects/prj_2', { headers })).status).toBe(403);
  });
});
