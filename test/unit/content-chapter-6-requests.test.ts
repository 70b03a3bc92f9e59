import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/index';
import { send as sendTo, tryItFinder, tryIts } from './chapter-requests';

// Chapter 6 describes what each of its Try-it blocks answers; these tests send every one and hold the text to it.
const byTitle = tryItFinder('auth');
const sandbox = createSandbox();
beforeEach(() => sandbox.reset());
const send = async (title: string) => sendTo(sandbox, await byTitle(title));

describe('chapter 6 shows what its text says', () => {
  it('has a test below for every Try-it it contains', async () => {
    const titles = (await tryIts('auth')).map((r) => r.title);
    expect(titles.sort()).toEqual([...tested].sort());
  });

  it('refuses /api/v1/me without credentials with 401, the envelope and a Bearer challenge', async () => {
    const { status, headers, json } = await send('Who am I, without credentials');
    expect(status).toBe(401);
    expect(headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(json.error).toMatchObject({ code: 'authentication_required', param: 'Authorization', request_id: headers.get('x-request-id') });
    expect(json.error.message).toMatch(/Authorization: Bearer/);
  });

  it('refuses a tenant route to an anonymous caller the same way', async () => {
    const { status, json } = await send("A tenant's projects, anonymously");
    expect(status).toBe(401);
    expect(json.error.code).toBe('authentication_required');
  });

  it('answers an unknown client with a 400 and never redirects to its address', async () => {
    const { status, headers, json } = await send('An authorize request from an unknown client');
    expect(status).toBe(400);
    expect(headers.get('location')).toBeNull();
    expect(json.error.code).toBe('invalid_oauth_client');
  });

  it('publishes metadata naming the endpoints and S256 as the only challenge method', async () => {
    const { status, json } = await send("The authorization server's metadata");
    expect(status).toBe(200);
    expect(json).toMatchObject({
      issuer: 'http://sandbox.local',
      authorization_endpoint: 'http://sandbox.local/oauth/authorize',
      token_endpoint: 'http://sandbox.local/oauth/token',
      jwks_uri: 'http://sandbox.local/.well-known/jwks.json',
      code_challenge_methods_supported: ['S256'],
    });
    expect(json.grant_types_supported).not.toContain('password');
    expect(json.grant_types_supported).not.toContain('implicit');
  });

  it('answers a made-up code with the RFC 6749 invalid_grant body, not the envelope', async () => {
    const { status, headers, json } = await send('Redeem a code that was never issued');
    expect(status).toBe(400);
    expect(headers.get('cache-control')).toMatch(/no-store/);
    expect(json).toMatchObject({ error: 'invalid_grant', error_description: expect.any(String) });
    expect(json.error.code).toBeUndefined();
  });

  it('refuses the password grant as unsupported', async () => {
    const { status, json } = await send('Ask for tokens with a password');
    expect(status).toBe(400);
    expect(json.error).toBe('unsupported_grant_type');
  });

  it('publishes an ES256 public key with a kid and no private part', async () => {
    const { status, json } = await send('The published signing keys');
    expect(status).toBe(200);
    expect(json.keys.length).toBeGreaterThan(0);
    for (const key of json.keys) {
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: expect.any(String) });
      expect(key.d).toBeUndefined();
    }
  });

  it('refuses a token that is not a JWT with invalid_token in the envelope and the challenge', async () => {
    const { status, headers, json } = await send('A token that is not a JWT');
    expect(status).toBe(401);
    expect(json.error.code).toBe('invalid_token');
    expect(headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
  });

  it('refuses an unsigned alg:none token, saying only ES256 is accepted', async () => {
    const { status, json } = await send('An unsigned token');
    expect(status).toBe(401);
    expect(json.error.code).toBe('invalid_token');
    expect(json.error.message).toMatch(/ES256/);
  });

  it('inspects an HS256 token and fails it on the algorithm check', async () => {
    const { status, json } = await send('Inspect a token signed with the wrong algorithm');
    expect(status).toBe(200);
    expect(json.accepted).toBe(false);
    const failed = json.checks.filter((c: { ok: boolean }) => !c.ok).map((c: { name: string }) => c.name);
    expect(failed).toContain('algorithm');
  });

  it('refuses an API key it never issued with invalid_api_key', async () => {
    const { status, json } = await send('A key the sandbox never issued');
    expect(status).toBe(401);
    expect(json.error.code).toBe('invalid_api_key');
  });
});

const tested = [
  'Who am I, without credentials',
  "A tenant's projects, anonymously",
  'An authorize request from an unknown client',
  "The authorization server's metadata",
  'Redeem a code that was never issued',
  'Ask for tokens with a password',
  'The published signing keys',
  'A token that is not a JWT',
  'An unsigned token',
  'Inspect a token signed with the wrong algorithm',
  'A key the sandbox never issued',
];
