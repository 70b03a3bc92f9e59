import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JSONWebKeySet, type JWK } from 'jose';

/**
 * The sandbox's token-signing key: one ES256 (ECDSA P-256 with SHA-256) key pair per sandbox,
 * made the first time a token is signed or the JWKS is asked for, so a sandbox that never
 * issues a token never pays for key generation.
 *
 * The private key is created non-extractable: WebCrypto itself refuses to export it, so no
 * route, log or bug can leak it. Only the public half is exported, as a JWK, for the JWKS.
 * The `kid` is the key's RFC 7638 thumbprint: derived from the key, stable, and unique.
 */

export const SIGNING_ALGORITHM = 'ES256';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public key as a JWK with `kid`, `alg` and `use` — never `d`. */
  publicJwk: JWK;
}

export interface SigningKeys {
  /** The current signing key, generated on first use. */
  current(): Promise<SigningKey>;
  /** The JSON Web Key Set clients verify tokens with: public keys only. */
  jwks(): Promise<JSONWebKeySet>;
}

async function generateSigningKey(): Promise<SigningKey> {
  // extractable: false applies to the private key; the public key of a pair is always exportable.
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALGORITHM, { extractable: false });
  const exported = await exportJWK(publicKey);
  // Copy only the public members by name, so a private member could never slip into the set.
  const publicJwk: JWK = { kty: exported.kty, crv: exported.crv, x: exported.x, y: exported.y };
  const kid = await calculateJwkThumbprint(publicJwk, 'sha256');
  return { kid, privateKey, publicKey, publicJwk: { ...publicJwk, kid, alg: SIGNING_ALGORITHM, use: 'sig' } };
}

/** Creates the lazily generated signing key of one sandbox. */
export function createSigningKeys(): SigningKeys {
  let key: Promise<SigningKey> | undefined;
  const current = () => (key ??= generateSigningKey());
  return {
    current,
    jwks: async () => ({ keys: [(await current()).publicJwk] }),
  };
}
