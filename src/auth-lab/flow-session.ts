/**
 * The lab's progress through one flow, kept in memory for as long as the tab lives, so
 * going to the consent page and back (in-app navigations) does not lose it. Tokens stay
 * here and never in storage: a script that can read storage could steal them, and a
 * page reload starts a fresh sandbox in which they would be worthless anyway.
 */
import type { Exchange } from './http-exchange';
import type { TokenSet } from './oauth-requests';

export interface FlowSession {
  /** The PKCE pair and state, copied here after the exchange so the page can still show them. */
  verifier: string | null;
  challenge: string | null;
  state: string | null;
  authorize: Exchange | null;
  token: Exchange | null;
  tokens: TokenSet | null;
  me: Exchange | null;
  tenant: Exchange | null;
  /** The same route for the other tenant: isolation answers 404. */
  otherTenant: Exchange | null;
  /** PUT /api/v1/sandbox/clock, moving time past the access token's expiry. */
  clockMove: Exchange | null;
  refresh: Exchange | null;
  /** The refresh token that the last rotation retired. */
  retiredRefreshToken: string | null;
  replayOld: Exchange | null;
  replayNew: Exchange | null;
}

export const EMPTY_SESSION: FlowSession = Object.freeze({
  verifier: null,
  challenge: null,
  state: null,
  authorize: null,
  token: null,
  tokens: null,
  me: null,
  tenant: null,
  otherTenant: null,
  clockMove: null,
  refresh: null,
  retiredRefreshToken: null,
  replayOld: null,
  replayNew: null,
});

let current: FlowSession = EMPTY_SESSION;

/** The flow as this tab last left it. */
export function loadSession(): FlowSession {
  return current;
}

/** Remembers the flow for the next time the lab mounts in this tab. */
export function storeSession(session: FlowSession): void {
  current = session;
}
