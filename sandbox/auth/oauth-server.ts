import type { Clock } from '../store/clock';
import { createSigningKeys, type SigningKeys } from './keys';
import { OAuthLog } from './oauth-log';
import { AuthorizationStore } from './oauth-requests';
import { TokenService, type AccessTokenClaims } from './tokens';

/**
 * The sandbox's OAuth 2.0 authorization server state, one per sandbox (`runtime.auth`):
 * its signing key, the tokens and their families, pending requests and codes, and the log.
 * The routes in sandbox/routes/oauth-*.ts are its HTTP face.
 */
export interface AuthServer {
  keys: SigningKeys;
  tokens: TokenService;
  authorizations: AuthorizationStore;
  log: OAuthLog;
  /** Verifies an access token for the API, or throws 401 `invalid_token` (see TokenService.verifyAccessToken). */
  verifyAccessToken(token: string, expected: { issuer: string; audience: string }): Promise<AccessTokenClaims>;
  /** Forgets codes, requests, families and the log: every token issued so far stops working. The key stays. */
  reset(): void;
}

/** Creates the authorization server of one sandbox, on its clock. */
export function createAuthServer(clock: Clock): AuthServer {
  const keys = createSigningKeys();
  const tokens = new TokenService(clock, keys);
  const authorizations = new AuthorizationStore(clock);
  const log = new OAuthLog(clock);
  return {
    keys,
    tokens,
    authorizations,
    log,
    verifyAccessToken: (token, expected) => tokens.verifyAccessToken(token, expected),
    reset() {
      tokens.reset();
      authorizations.reset();
      log.clear();
    },
  };
}
