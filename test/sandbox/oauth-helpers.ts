import { expect } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, type CallResult } from './support';

/**
 * Drives the sandbox's OAuth flow the way a client and a user would: authorization request,
 * consent decision, token exchange. Each step is a real request through the sandbox's fetch.
 */

export const PKCE_CLIENT = 'pkce-exercise';
export const PKCE_REDIRECT = 'https://client.example/callback';
export const PASSWORDS = { ada: 'analytical-engine', grace: 'first-compiler-1952', alan: 'universal-machine' } as const;

function base64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

/** A fresh PKCE verifier and its S256 challenge, computed here without the sandbox's code. */
export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64Url(crypto.getRandomValues(new Uint8Array(32)));
  const challenge = base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
  return { verifier, challenge };
}

/** GET /oauth/authorize with these parameters (undefined ones left out). */
export function authorizeRequest(sandbox: Sandbox, params: Record<string, string | undefined>): Promise<CallResult> {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return call(sandbox, 'GET', `/oauth/authorize?${query}`);
}

export interface FlowOptions {
  clientId?: string;
  redirectUri?: string;
  scope?: string;
  state?: string;
  login?: keyof typeof PASSWORDS;
}

/** Starts a valid authorization request; returns the pending request's id and the verifier. */
export async function startFlow(sandbox: Sandbox, options: FlowOptions = {}) {
  const { verifier, challenge } = await pkcePair();
  const res = await authorizeRequest(sandbox, {
    response_type: 'code',
    client_id: options.clientId ?? PKCE_CLIENT,
    redirect_uri: options.redirectUri ?? PKCE_REDIRECT,
    scope: options.scope ?? 'orders:read projects:read',
    state: options.state ?? 'state-123',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  expect(res.status, res.text).toBe(302);
  const location = res.headers.get('Location')!;
  const requestId = new URL(location, 'http://x').searchParams.get('request')!;
  return { requestId, verifier, challenge, location };
}

/** POST /oauth/authorize/decision. */
export function decide(sandbox: Sandbox, request: string, login: string, password: string, approve = true): Promise<CallResult> {
  return call(sandbox, 'POST', '/oauth/authorize/decision', { json: { request, login, password, approve } });
}

/** Runs authorize + approve; returns the code, the verifier and the redirect URI. */
export async function obtainCode(sandbox: Sandbox, options: FlowOptions = {}) {
  const flow = await startFlow(sandbox, options);
  const login = options.login ?? 'ada';
  const res = await decide(sandbox, flow.requestId, login, PASSWORDS[login]);
  expect(res.status, res.text).toBe(200);
  const redirect = new URL(res.body.redirect_to);
  return { code: redirect.searchParams.get('code')!, state: redirect.searchParams.get('state'), verifier: flow.verifier, redirectUri: options.redirectUri ?? PKCE_REDIRECT, clientId: options.clientId ?? PKCE_CLIENT };
}

/** POST a form to an OAuth endpoint. */
export function postForm(sandbox: Sandbox, path: string, form: Record<string, string>): Promise<CallResult> {
  return call(sandbox, 'POST', path, { body: new URLSearchParams(form).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
}

/** The whole flow: code, then tokens. */
export async function signIn(sandbox: Sandbox, options: FlowOptions = {}) {
  const grant = await obtainCode(sandbox, options);
  const res = await postForm(sandbox, '/oauth/token', {
    grant_type: 'authorization_code',
    code: grant.code,
    redirect_uri: grant.redirectUri,
    client_id: grant.clientId,
    code_verifier: grant.verifier,
  });
  expect(res.status, res.text).toBe(200);
  return res.body as { access_token: string; refresh_token: string; token_type: string; expires_in: number; scope: string };
}

/** POST /oauth/token with grant_type=refresh_token. */
export function refresh(sandbox: Sandbox, refreshToken: string, clientId = PKCE_CLIENT): Promise<CallResult> {
  return postForm(sandbox, '/oauth/token', { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId });
}

/** GET /api/v1/me with the token: 200 when the API accepts it. */
export function callApi(sandbox: Sandbox, token: string): Promise<CallResult> {
  return call(sandbox, 'GET', '/api/v1/me', { headers: { Authorization: `Bearer ${token}` } });
}
