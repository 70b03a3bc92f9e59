import { createPublicKey } from 'node:crypto';
import { SignJWT, base64url, generateKeyPair } from 'jose';
import { findAccountByLogin } from '../../sandbox/auth/directory';
import { ORIGIN } from '../sandbox/support';
import { ALL_SCOPES, type AuthSandbox } from '../sandbox/tenants-support';

/**
 * Token forgery for the attack suite: access tokens for Ada that are valid in every way but
 * one. They are signed with the sandbox's own key (or, for the key attacks, deliberately not),
 * so that when the API refuses one, the flaw under test is the only reason it can have.
 */

export type Claims = Record<string, unknown>;

/** Builds tokens for Ada against one sandbox; the sandbox clock fixes iat, nbf and exp. */
export class Forger {
  private constructor(
    private readonly env: AuthSandbox,
    private readonly kid: string,
    private readonly privateKey: CryptoKey,
    /** A live refresh family, so the only flaw of a forged token is the one asked for. */
    private readonly sid: string,
  ) {}

  /** A forger for this sandbox: reads its key and opens a sign-in family for Ada. */
  static async for(env: AuthSandbox): Promise<Forger> {
    const key = await env.runtime.auth.keys.current();
    const ada = findAccountByLogin('ada')!;
    const family = env.runtime.auth.tokens.families.open({ clientId: 'workbench-lab', userId: ada.userId, tenantId: ada.tenantId, scope: ALL_SCOPES });
    return new Forger(env, key.kid, key.privateKey, family.sid);
  }

  /** Claims of a valid access token for Ada, with overrides. */
  claims(overrides: Claims = {}): Claims {
    const ada = findAccountByLogin('ada')!;
    const now = Math.floor(this.env.sandbox.clock.now() / 1000);
    return {
      iss: ORIGIN,
      aud: `${ORIGIN}/api`,
      sub: ada.userId,
      tid: ada.tenantId,
      client_id: 'workbench-lab',
      scope: ALL_SCOPES.join(' '),
      jti: `forged-${Math.random().toString(36).slice(2)}`,
      sid: this.sid,
      iat: now,
      nbf: now,
      exp: now + 900,
      ...overrides,
    };
  }

  /** Signs claims with the sandbox's real key and header; only what the overrides change can be wrong. */
  sign(overrides: Claims = {}, header: Claims = {}): Promise<string> {
    return new SignJWT(this.claims(overrides)).setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: this.kid, ...header }).sign(this.privateKey);
  }

  /** A valid-looking token signed by a key the sandbox never made, under the sandbox key's kid. */
  async signWithForeignKey(): Promise<string> {
    const { privateKey } = await generateKeyPair('ES256');
    return new SignJWT(this.claims()).setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid: this.kid }).sign(privateKey);
  }

  /** An unsigned token: `alg: none` and an empty signature. */
  unsigned(): string {
    const header = base64url.encode(JSON.stringify({ alg: 'none', typ: 'at+jwt', kid: this.kid }));
    return `${header}.${base64url.encode(JSON.stringify(this.claims()))}.`;
  }

  /**
   * Algorithm confusion: HS256 tokens whose HMAC secret is the public key, which a verifier
   * that trusts the header's `alg` would accept. One with the key as PEM, one as the JWK text.
   */
  async confused(): Promise<{ pem: string; jwk: string }> {
    const jwk = (await this.env.runtime.auth.keys.jwks()).keys[0]!;
    const pemSecret = createPublicKey({ key: jwk as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' }) as string;
    const hs256 = (secret: string) =>
      new SignJWT(this.claims()).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: this.kid }).sign(new TextEncoder().encode(secret));
    return { pem: await hs256(pemSecret), jwk: await hs256(JSON.stringify(jwk)) };
  }

  /** A genuine token whose payload was swapped for a more powerful one, keeping the original signature. */
  async tampered(): Promise<string> {
    const [header, , signature] = (await this.sign({ scope: 'users:read' })).split('.');
    const alan = findAccountByLogin('alan')!;
    const payload = base64url.encode(JSON.stringify(this.claims({ sub: alan.userId, tid: alan.tenantId })));
    return `${header}.${payload}.${signature}`;
  }
}
