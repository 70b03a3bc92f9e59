import type { Clock } from '../store/clock';

/**
 * The authorization server's record of every step of every flow: what the flow visualiser
 * draws and what the pkce-client grader reads to see that a learner's client did each step.
 * Details never hold a secret (no code, verifier, token or password): a log is read by many.
 */

export type OAuthStep = 'authorize' | 'decision' | 'token' | 'refresh' | 'revoke' | 'introspect';

export interface OAuthLogEntry {
  /** When it happened, on the sandbox clock (ISO 8601). */
  at: string;
  step: OAuthStep;
  /** The client that made the request, or null when it named none. */
  client_id: string | null;
  /** `ok`, or what went wrong: an RFC 6749 error code, `access_denied`, `invalid_credentials`, `refresh_token_reuse`. */
  outcome: string;
  detail: string;
}

export const OAUTH_LOG_CAPACITY = 200;

/** A bounded log of OAuth steps, newest first. */
export class OAuthLog {
  #entries: OAuthLogEntry[] = [];

  constructor(private readonly clock: Clock) {}

  record(step: OAuthStep, clientId: string | null | undefined, outcome: string, detail: string): void {
    this.#entries.unshift({ at: new Date(this.clock.now()).toISOString(), step, client_id: clientId ?? null, outcome, detail });
    this.#entries.length = Math.min(this.#entries.length, OAUTH_LOG_CAPACITY);
  }

  /** Every entry, newest first. */
  entries(): OAuthLogEntry[] {
    return this.#entries.map((entry) => ({ ...entry }));
  }

  clear(): void {
    this.#entries = [];
  }
}
