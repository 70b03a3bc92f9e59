import type { Clock } from '../store/clock';
import { randomToken } from './random';

/**
 * Refresh-token families (the `sid` claim): one per sign-in, holding the one refresh token
 * that may be used next. Rotation replaces it on every refresh. A refresh token of the family
 * that is not the current one has been used before — by the client, or by someone who stole
 * it — and the server cannot tell which, so it revokes the whole family (RFC 9700 §4.14.2):
 * the thief and the client both lose access, and the user signs in again.
 */

export interface TokenFamily {
  sid: string;
  clientId: string;
  userId: string;
  tenantId: string;
  scope: readonly string[];
  /** The jti of the only refresh token that may be used next. */
  currentRefreshJti: string | null;
  createdAt: string;
  revoked: { at: string; reason: string } | null;
}

/** The families of one sandbox, by sid. */
export class TokenFamilies {
  readonly #families = new Map<string, TokenFamily>();

  constructor(private readonly clock: Clock) {}

  /** Starts a family for a new sign-in. */
  open(grant: { clientId: string; userId: string; tenantId: string; scope: readonly string[] }): TokenFamily {
    const family: TokenFamily = {
      sid: `sid_${randomToken(12)}`,
      clientId: grant.clientId,
      userId: grant.userId,
      tenantId: grant.tenantId,
      scope: [...grant.scope],
      currentRefreshJti: null,
      createdAt: new Date(this.clock.now()).toISOString(),
      revoked: null,
    };
    this.#families.set(family.sid, family);
    return family;
  }

  get(sid: string): TokenFamily | undefined {
    return this.#families.get(sid);
  }

  /** Makes `jti` the one refresh token of the family that may be used next. */
  rotateTo(sid: string, jti: string): void {
    const family = this.#families.get(sid);
    if (family) family.currentRefreshJti = jti;
  }

  /** Revokes a family: its refresh token and every access token that carries its sid stop working. */
  revoke(sid: string, reason: string): void {
    const family = this.#families.get(sid);
    if (family && !family.revoked) family.revoked = { at: new Date(this.clock.now()).toISOString(), reason };
  }

  /** Every family, oldest first (for tests and the flow visualiser). */
  list(): TokenFamily[] {
    return [...this.#families.values()];
  }

  reset(): void {
    this.#families.clear();
  }
}
