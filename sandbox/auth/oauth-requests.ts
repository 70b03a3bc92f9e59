import type { Clock } from '../store/clock';
import { nextStatus, type GrantEvent, type GrantStatus } from './oauth-grant-machine';
import { randomToken, sha256Base64Url } from './random';

/**
 * The authorizations of one sandbox, each one record that goes through the grant machine
 * (oauth-grant-machine.ts): a pending request (`azr_…`, 10 minutes) waiting for the user's
 * decision, then a code (60 seconds) bound to the client, redirect URI, PKCE challenge, user
 * and scope. Codes are stored by their SHA-256 only, like passwords: whoever reads the store
 * cannot redeem one.
 */

export const PENDING_REQUEST_TTL_MS = 10 * 60 * 1000;
export const AUTHORIZATION_CODE_TTL_MS = 60 * 1000;
/** Wrong passwords a pending request tolerates before it is cancelled: guessing must start over. */
export const MAX_LOGIN_ATTEMPTS = 5;

export interface Authorization {
  id: string;
  status: GrantStatus;
  clientId: string;
  redirectUri: string;
  scope: string[];
  state: string | undefined;
  codeChallenge: string;
  /** The origin the request came to: the issuer of the tokens it leads to. */
  origin: string;
  /** When the pending request lapses, then (once approved) when the code does. */
  expiresAt: number;
  failedLogins: number;
  /** Who approved it; null until then. */
  userId: string | null;
  tenantId: string | null;
  /** The refresh family the code bought; revoked if the code comes back. */
  sid: string | null;
}

export type NewAuthorization = Pick<Authorization, 'clientId' | 'redirectUri' | 'scope' | 'state' | 'codeChallenge' | 'origin'>;

/** Pending requests and issued codes of one sandbox. */
export class AuthorizationStore {
  readonly #requests = new Map<string, Authorization>();
  readonly #codes = new Map<string, Authorization>();

  constructor(private readonly clock: Clock) {}

  /** Stores a request awaiting the user's decision. */
  open(request: NewAuthorization): Authorization {
    this.#prune();
    const stored: Authorization = {
      ...request,
      id: `azr_${randomToken(16)}`,
      status: 'pending',
      expiresAt: this.clock.now() + PENDING_REQUEST_TTL_MS,
      failedLogins: 0,
      userId: null,
      tenantId: null,
      sid: null,
    };
    this.#requests.set(stored.id, stored);
    return stored;
  }

  /** The request if it is still pending and unexpired. */
  pending(id: string): Authorization | undefined {
    const request = this.#requests.get(id);
    return request && request.status === 'pending' && request.expiresAt > this.clock.now() ? request : undefined;
  }

  /** Moves an authorization through the grant machine. */
  advance(authorization: Authorization, event: GrantEvent): void {
    authorization.status = nextStatus(authorization.status, event);
  }

  /** Approves a pending request for a user; returns the code itself, which is not stored. */
  async issueCode(request: Authorization, user: { userId: string; tenantId: string }): Promise<string> {
    this.advance(request, { type: 'authorization.approve' });
    request.userId = user.userId;
    request.tenantId = user.tenantId;
    request.expiresAt = this.clock.now() + AUTHORIZATION_CODE_TTL_MS;
    const code = randomToken(32);
    this.#codes.set(await sha256Base64Url(code), request);
    return code;
  }

  /** The authorization a code was issued for, whatever its state, while it is remembered. */
  async findCode(code: string): Promise<Authorization | undefined> {
    return this.#codes.get(await sha256Base64Url(code));
  }

  /** Whether the authorization's current deadline (request or code) has passed. */
  expired(authorization: Authorization): boolean {
    return authorization.expiresAt <= this.clock.now();
  }

  /** What the store holds, for tests that check no secret is kept in plain text. */
  snapshot(): { requests: Authorization[]; codes: [string, Authorization][] } {
    return { requests: [...this.#requests.values()], codes: [...this.#codes.entries()] };
  }

  reset(): void {
    this.#requests.clear();
    this.#codes.clear();
  }

  // Records are remembered a while after their deadline (a late replay still says "expired" or
  // "already used", not "unknown"), then dropped so the maps do not grow forever.
  #prune(): void {
    const forgetBefore = this.clock.now() - PENDING_REQUEST_TTL_MS;
    for (const map of [this.#requests, this.#codes]) {
      for (const [key, authorization] of map) if (authorization.expiresAt < forgetBefore) map.delete(key);
    }
  }
}
