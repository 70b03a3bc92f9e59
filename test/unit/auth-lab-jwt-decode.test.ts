import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '../../src/auth-lab/base64url';
import { decodeJwt } from '../../src/auth-lab/jwt-decode';

const part = (value: unknown) => encodeBase64Url(new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)));
const header = { alg: 'ES256', typ: 'at+jwt', kid: 'k1' };
const claims = { sub: 'usr_1', tid: 'ten_acme', exp: 1_800_000_000 };
const signature = encodeBase64Url(new Uint8Array(64).fill(7));
const token = `${part(header)}.${part(claims)}.${signature}`;

describe('decoding a pasted JWT', () => {
  it('reads the header, the claims and the signature length', () => {
    expect(decodeJwt(token)).toEqual({ ok: true, header, claims, signatureBytes: 64 });
  });

  it('ignores surrounding space and a leading "Bearer "', () => {
    expect(decodeJwt(`  Bearer ${token}\n`).ok).toBe(true);
  });

  it('says how many parts a token with the wrong shape has', () => {
    const problem = decodeJwt(`${part(header)}.${part(claims)}`);
    expect(problem).toMatchObject({ ok: false, part: 'token', message: expect.stringMatching(/has 2 parts.*exactly 3/) });
  });

  it('recognises an encrypted JWE by its five parts', () => {
    expect(decodeJwt('a.b.c.d.e')).toMatchObject({ ok: false, message: expect.stringMatching(/JWE/) });
  });

  it('points at the character that is not base64url, counted in the whole token', () => {
    const broken = `${part(header)}.${part(claims).slice(0, 5)}+${part(claims).slice(6)}.${signature}`;
    const at = part(header).length + 1 + 5;
    expect(decodeJwt(broken)).toMatchObject({ ok: false, part: 'payload', at, message: expect.stringContaining(`"+" at character ${at + 1}`) });
  });

  it('explains a header that decodes to something other than JSON', () => {
    expect(decodeJwt(`${part('not json')}.${part(claims)}.${signature}`)).toMatchObject({ ok: false, part: 'header', message: expect.stringMatching(/"not json", which is not JSON/) });
  });

  it('refuses a payload that is JSON but not an object', () => {
    expect(decodeJwt(`${part(header)}.${part([1, 2])}.${signature}`)).toMatchObject({ ok: false, part: 'payload', message: expect.stringMatching(/not an object/) });
  });

  it('calls out an unsigned token', () => {
    expect(decodeJwt(`${part({ alg: 'none' })}.${part(claims)}.`)).toMatchObject({ ok: false, part: 'signature', message: expect.stringMatching(/alg.*none/) });
  });

  it('asks for a token when the field is empty', () => {
    expect(decodeJwt('   ')).toMatchObject({ ok: false, part: 'token', message: expect.stringMatching(/^Paste a token/) });
  });
});
