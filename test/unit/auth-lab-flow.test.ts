import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/index';
import { authorizePath, LAB_CLIENT_ID, LAB_SCOPES, labRedirectUri, readCallback, redirectTarget } from '../../src/auth-lab/authorize-request';
import { readConsentRequest } from '../../src/auth-lab/consent-request';
import type { Exchange } from '../../src/auth-lab/http-exchange';
import { readInspection } from '../../src/auth-lab/inspection';
import { decodeJwt } from '../../src/auth-lab/jwt-decode';
import { readOauthLog } from '../../src/auth-lab/oauth-log';
import { oauthErrorOf, tokenSetOf } from '../../src/auth-lab/oauth-requests';
import { makeCodeVerifier, makeState, s256Challenge } from '../../src/auth-lab/pkce';

// The lab's helpers driven against the real sandbox, the way the pages use them (the pages add fetch and React).
const origin = 'http://sandbox.local';
const sandbox = createSandbox();

async function call(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Exchange> {
  const response = await sandbox.fetch(new Request(`${origin}${path}`, { method, headers, body }));
  const text = await response.text();
  const json = /json/.test(response.headers.get('content-type') ?? '') && text ? JSON.parse(text) : null;
  return {
    request: { method, path, headers: Object.entries(headers), body: body ?? null },
    response: { status: response.status, statusText: '', headers: [...response.headers], body: text, json, redirectedTo: response.headers.get('location') },
  };
}

const form = { 'Content-Type': 'application/x-www-form-urlencoded' };

describe('the lab client against the sandbox', () => {
  it('completes the flow the lab draws, then sees rotation and reuse detection', async () => {
    const verifier = makeCodeVerifier();
    const state = makeState();
    const path = authorizePath({ clientId: LAB_CLIENT_ID, redirectUri: labRedirectUri(origin), scopes: LAB_SCOPES, state, codeChallenge: await s256Challenge(verifier) });
    const authorize = await call('GET', path);
    expect(authorize.response.status).toBe(302);
    const consentPath = authorize.response.redirectedTo!;
    expect(consentPath).toMatch(/^\/consent\?request=azr_/);

    const id = new URL(consentPath, origin).searchParams.get('request')!;
    const consent = readConsentRequest((await call('GET', `/oauth/authorize/requests/${id}`)).response.json);
    expect(consent).toMatchObject({ id, clientId: 'workbench-lab', clientName: expect.any(String), redirectHost: 'sandbox.local' });
    expect(consent!.scopes.map((s) => s.scope)).toEqual([...LAB_SCOPES]);
    expect(consent!.scopes.every((s) => s.description.length > 0)).toBe(true);

    const wrong = await call('POST', '/oauth/authorize/decision', { 'Content-Type': 'application/json' }, JSON.stringify({ request: id, login: 'grace', password: 'nope', approve: true }));
    expect(wrong.response.status).toBe(401);
    const decision = await call('POST', '/oauth/authorize/decision', { 'Content-Type': 'application/json' }, JSON.stringify({ request: id, login: 'grace', password: 'first-compiler-1952', approve: true }));
    const redirectTo = (decision.response.json as { redirect_to: string }).redirect_to;
    const target = redirectTarget(redirectTo, origin);
    expect(target.kind).toBe('in-app');
    const callback = readCallback(new URL(redirectTo).search, state);
    expect(callback.kind).toBe('code');
    if (callback.kind !== 'code') return;

    const body = new URLSearchParams({ grant_type: 'authorization_code', code: callback.code, redirect_uri: labRedirectUri(origin), client_id: LAB_CLIENT_ID, code_verifier: verifier });
    const tokens = tokenSetOf(await call('POST', '/oauth/token', form, body.toString()));
    expect(tokens).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    const access = decodeJwt(tokens!.access_token);
    expect(access).toMatchObject({ ok: true, header: { alg: 'ES256', typ: 'at+jwt' }, claims: { sub: 'usr_2', tid: 'ten_acme' } });

    const inspection = readInspection((await call('POST', '/api/v1/sandbox/tokens/inspect', { 'Content-Type': 'application/json' }, JSON.stringify({ token: tokens!.access_token }))).response.json);
    expect(inspection?.accepted).toBe(true);
    expect(inspection!.checks.length).toBeGreaterThan(3);

    const refresh = (token: string) => call('POST', '/oauth/token', form, new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token, client_id: LAB_CLIENT_ID }).toString());
    const rotated = tokenSetOf(await refresh(tokens!.refresh_token));
    expect(rotated!.refresh_token).not.toBe(tokens!.refresh_token);
    expect(oauthErrorOf(await refresh(tokens!.refresh_token))?.error).toBe('invalid_grant');
    expect(oauthErrorOf(await refresh(rotated!.refresh_token))?.error, 'the whole family is revoked').toBe('invalid_grant');

    const log = readOauthLog((await call('GET', '/api/v1/sandbox/oauth-log')).response.json);
    expect(log.map((e) => e.step)).toEqual(expect.arrayContaining(['authorize', 'decision', 'token', 'refresh']));
  });

  it('reads a tampered token as refused, naming the signature check', async () => {
    const token = 'eyJhbGciOiJFUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6Im5vLXN1Y2gta2V5In0.eyJzdWIiOiJ1c3JfMSJ9.' + 'A'.repeat(86);
    const inspection = readInspection((await call('POST', '/api/v1/sandbox/tokens/inspect', { 'Content-Type': 'application/json' }, JSON.stringify({ token }))).response.json);
    expect(inspection?.accepted).toBe(false);
    expect(inspection!.checks.some((c) => !c.ok && c.detail.length > 0)).toBe(true);
  });
});

describe('reading the endpoints defensively', () => {
  it('refuses a consent body without an id or client', () => {
    expect(readConsentRequest({ client_id: 'x' })).toBeNull();
    expect(readConsentRequest(null)).toBeNull();
  });

  it('returns no inspection for an error envelope', () => {
    expect(readInspection({ error: { code: 'validation_failed' } })).toBeNull();
  });

  it('keeps only log entries that name a step', () => {
    expect(readOauthLog({ data: [{ step: 'token', at: 't', client_id: null, outcome: 'ok', detail: '' }, { nope: 1 }] })).toHaveLength(1);
  });
});
