import { setup, transition } from 'xstate';

/**
 * The life of one authorization, from the client's request to the code's redemption:
 *
 *   pending ──authorization.approve──► code_issued ──code.redeem──► redeemed ──code.replay──► replayed
 *      │ ├──authorization.deny──► denied        └──code.reject──► spent
 *      │ └──authorization.cancel──► cancelled (too many wrong passwords)
 *      └──authorization.loginFailed──► pending (the user may try again)
 *
 * A code is redeemable only in `code_issued`: one attempt, right or wrong, moves it on, so a
 * code never buys tokens twice. A replay of a redeemed code is its own state because it has a
 * consequence: the tokens the first redemption bought are revoked (RFC 6749 §4.1.2).
 * Expiry (10 minutes pending, 60 seconds for a code) is a matter of time, checked on the clock
 * beside the machine rather than as a transition nobody would send.
 */

export type GrantEvent =
  | { type: 'authorization.approve' }
  | { type: 'authorization.deny' }
  | { type: 'authorization.loginFailed' }
  | { type: 'authorization.cancel' }
  | { type: 'code.redeem' }
  | { type: 'code.reject' }
  | { type: 'code.replay' };

export const GRANT_STATUSES = ['pending', 'denied', 'cancelled', 'code_issued', 'redeemed', 'spent', 'replayed'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

export const grantMachine = setup({ types: { events: {} as GrantEvent } }).createMachine({
  id: 'oauthGrant',
  initial: 'pending',
  states: {
    pending: {
      on: {
        'authorization.approve': 'code_issued',
        'authorization.deny': 'denied',
        'authorization.loginFailed': 'pending',
        'authorization.cancel': 'cancelled',
      },
    },
    denied: { type: 'final' },
    cancelled: { type: 'final' },
    code_issued: { on: { 'code.redeem': 'redeemed', 'code.reject': 'spent' } },
    redeemed: { on: { 'code.replay': 'replayed' } },
    spent: { type: 'final' },
    replayed: { type: 'final' },
  },
});

/** The status after `event`, or throws when the machine does not accept it there (a bug in the server, not the client). */
export function nextStatus(status: GrantStatus, event: GrantEvent): GrantStatus {
  const snapshot = grantMachine.resolveState({ value: status });
  if (!snapshot.can(event)) throw new Error(`OAuth grant: ${event.type} is not possible in state ${status}.`);
  const [next] = transition(grantMachine, snapshot, event);
  return next.value as GrantStatus;
}

/** Whether the machine accepts `event` in `status`. */
export function canAdvance(status: GrantStatus, event: GrantEvent): boolean {
  return grantMachine.resolveState({ value: status }).can(event);
}
