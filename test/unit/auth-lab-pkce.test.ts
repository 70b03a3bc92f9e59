import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from '../../src/auth-lab/base64url';
import { makeCodeVerifier, makeState, s256Challenge } from '../../src/auth-lab/pkce';

describe('PKCE in the browser', () => {
  it('computes the S256 challenge of RFC 7636 appendix B', async () => {
    expect(await s256Challenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('encodes the appendix B bytes as the verifier the RFC shows', () => {
    const bytes = [116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121];
    expect(makeCodeVerifier((target) => (target.set(bytes), target))).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
  });

  it('makes 43-character verifiers from the unreserved alphabet, different each time', () => {
    const verifiers = new Set(Array.from({ length: 20 }, () => makeCodeVerifier()));
    expect(verifiers.size).toBe(20);
    for (const verifier of verifiers) expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a verifier shorter than RFC 7636 allows, naming the rule', async () => {
    await expect(s256Challenge('too-short')).rejects.toThrow(/43 to 128 characters/);
  });

  it('makes unguessable state values', () => {
    expect(makeState()).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(makeState()).not.toBe(makeState());
  });
});

describe('base64url', () => {
  it('round-trips bytes without padding or + and /', () => {
    const bytes = Uint8Array.from([251, 255, 191, 0, 1]);
    const text = encodeBase64Url(bytes);
    expect(text).toBe('-_-_AAE');
    expect(decodeBase64Url(text)).toEqual({ ok: true, bytes });
  });

  it('points at the first character outside the alphabet', () => {
    expect(decodeBase64Url('abc+def')).toEqual({ ok: false, at: 3, char: '+' });
  });

  it('refuses a length no byte string can have', () => {
    expect(decodeBase64Url('abcde').ok).toBe(false);
  });
});
