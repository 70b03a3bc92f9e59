import { findAccountByLogin } from '../../sandbox/auth/directory';
import { call, ORIGIN } from '../sandbox/support';
import type { AuthSandbox } from '../sandbox/tenants-support';
import { Forger } from './auth-forgery';

/**
 * The credential attacks: every way a request can arrive with credentials that must not
 * open the API. Each is prepared once against the sandbox (tokens signed, keys created and
 * revoked) and then sent to every operation that reads a Bearer credential.
 */

export interface CredentialAttack {
  name: string;
  /** The Authorization header to send; undefined sends none (the anonymous attack). */
  authorization: string | undefined;
  /** The error code the refusal must carry. */
  code: 'authentication_required' | 'invalid_token' | 'invalid_api_key';
  /** A secret in the header that the answer must not echo back. */
  secret?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A random string of base64url characters, as long as `length`. */
function randomText(length: number): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(length))).toString('base64url').slice(0, length);
}

/**
 * Prepares every credential attack against this sandbox. Leaves the sandbox clock where it
 * found it (the expired key is made in the past).
 */
export async function prepareCredentialAttacks(env: AuthSandbox): Promise<CredentialAttack[]> {
  const forger = await Forger.for(env);
  const bearer = (name: string, token: string, code: CredentialAttack['code'] = 'invalid_token'): CredentialAttack => ({
    name,
    authorization: `Bearer ${token}`,
    code,
    secret: token,
  });
  const valid = await env.token('ada');
  const confused = await forger.confused();

  // Revoked through the sandbox's RFC 7009 endpoint, as a client would.
  const revoked = await env.token('ada');
  const revocation = await call(env.sandbox, 'POST', '/oauth/revoke', {
    body: new URLSearchParams({ token: revoked, token_type_hint: 'access_token', client_id: 'workbench-lab' }).toString(),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
  if (revocation.status !== 200) throw new Error(`POST /oauth/revoke answered ${revocation.status}: ${revocation.text}`);

  const ada = findAccountByLogin('ada')!;
  const issued = await env.runtime.auth.tokens.issue({ origin: ORIGIN, userId: ada.userId, tenantId: ada.tenantId, clientId: 'workbench-lab', scope: ['users:read'] });

  const revokedKey = await env.apiKey('ada', ['projects:read']);
  const deletion = await call(env.sandbox, 'DELETE', `/api/v1/api-keys/${revokedKey.id}`, { headers: { Authorization: `Bearer ${valid}` } });
  if (deletion.status !== 200) throw new Error(`Revoking an API key answered ${deletion.status}: ${deletion.text}`);

  // A key that lived one day, made two days ago on the sandbox clock.
  const now = env.sandbox.clock.now();
  env.sandbox.clock.set(now - 2 * DAY_MS);
  const expiredKey = await env.apiKey('ada', ['projects:read'], 1);
  env.sandbox.clock.set(now);

  const now_s = Math.floor(now / 1000);
  return [
    { name: 'no credentials', authorization: undefined, code: 'authentication_required' },
    { name: 'malformed header: "Bearer" with no token', authorization: 'Bearer', code: 'invalid_token' },
    { name: 'malformed header: two tokens', authorization: `Bearer ${valid} ${valid}`, code: 'invalid_token', secret: valid },
    { name: 'malformed header: empty', authorization: '', code: 'invalid_token' },
    { name: 'wrong scheme: Basic with a password', authorization: `Basic ${btoa('ada:analytical-engine')}`, code: 'invalid_token' },
    { name: 'wrong scheme: "Token" with a valid token', authorization: `Token ${valid}`, code: 'invalid_token', secret: valid },
    bearer('random token', randomText(43)),
    bearer('random JWT-shaped token', `${randomText(36)}.${randomText(120)}.${randomText(86)}`),
    bearer('token signed by another key', await forger.signWithForeignKey()),
    bearer('token with an unknown kid', await forger.sign({}, { kid: 'somebody-elses-key' })),
    bearer('expired token', await forger.sign({ iat: now_s - 3600, nbf: now_s - 3600, exp: now_s - 60 })),
    bearer('token not valid yet (nbf)', await forger.sign({ nbf: now_s + 600 })),
    bearer('token from another issuer', await forger.sign({ iss: 'https://evil.example' })),
    bearer('token for another audience', await forger.sign({ aud: 'https://other-api.example' })),
    bearer('token with the wrong typ', await forger.sign({}, { typ: 'JWT' })),
    bearer('token with alg none', forger.unsigned()),
    bearer('HS256 token keyed with the public key PEM', confused.pem),
    bearer('HS256 token keyed with the public JWK', confused.jwk),
    bearer('payload tampered under the original signature', await forger.tampered()),
    bearer('revoked access token', revoked),
    bearer('refresh token used as an access token', issued.refresh_token),
    bearer('unknown API key', `wbk_live_${randomText(43)}`, 'invalid_api_key'),
    bearer('revoked API key', revokedKey.key, 'invalid_api_key'),
    bearer('expired API key', expiredKey.key, 'invalid_api_key'),
  ];
}

/** A control for the forgeries: the forger's token with no flaw, which the API must accept. */
export async function unflawedToken(env: AuthSandbox): Promise<string> {
  return (await Forger.for(env)).sign();
}
