import type { Principal } from '../auth/principal';

/**
 * Whose dashboard a request gets. A BFF serves the signed-in user (the chapter 6 principal:
 * an access token or an API key); without credentials it serves the demo user, Ada (usr_1),
 * so that the lab and the Try-its work before anyone signs in. The response says which one
 * it was in `meta.viewer`, so a client can never mistake the demo for its own data.
 */

export const DEMO_USER_ID = 'usr_1';

export interface Viewer {
  user_id: string;
  /** false: no credentials were sent and this is the demo user's dashboard. */
  authenticated: boolean;
}

/** The user a dashboard is built for. */
export function viewerOf(principal: Principal): Viewer {
  return principal.kind === 'anonymous' || principal.userId === null ? { user_id: DEMO_USER_ID, authenticated: false } : { user_id: principal.userId, authenticated: true };
}
