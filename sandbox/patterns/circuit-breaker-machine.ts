import { assign, setup } from 'xstate';
import type { SnapshotFrom } from 'xstate';

/**
 * The circuit breaker's lifecycle:
 *
 *   closed ──(failureThreshold consecutive failures)──► open
 *   open ──(cool-down over, `breaker.tick` at or after retryAt)──► half_open.waiting
 *   half_open.waiting ──(one call goes through)──► half_open.trial
 *   half_open.trial ──(the trial succeeds)──► closed
 *   half_open.trial ──(the trial fails)──► open, with a fresh cool-down
 *
 * Calls may go through only in states tagged `admits-calls`; every other call is rejected
 * without touching the dependency. The machine is pure: time arrives inside events
 * (`at`, epoch ms), so the same events always give the same snapshot.
 */

export interface BreakerCounts {
  success: number;
  failure: number;
  rejected: number;
}

export interface BreakerContext {
  failureThreshold: number;
  /** How long the breaker stays open before it lets a trial call through. */
  openMs: number;
  consecutiveFailures: number;
  /** When the breaker last opened; null while closed. */
  openedAt: number | null;
  /** When the open breaker turns half-open; null while closed. */
  retryAt: number | null;
  counts: BreakerCounts;
}

export type BreakerEvent =
  /** Time has passed: an open breaker whose cool-down is over turns half-open. */
  | { type: 'breaker.tick'; at: number }
  /** The one trial call of a half-open breaker has started. */
  | { type: 'breaker.trialStarted' }
  /** A call finished well. `trial` says whether it was the half-open trial call. */
  | { type: 'breaker.succeeded'; trial: boolean }
  /** A call failed or timed out, at time `at`. */
  | { type: 'breaker.failed'; trial: boolean; at: number }
  /** A call was turned away without reaching the dependency. */
  | { type: 'breaker.rejected' }
  | { type: 'breaker.reset' };

export interface BreakerInput {
  failureThreshold: number;
  openMs: number;
}

/** The tag of the states in which a call may reach the dependency. */
export const ADMITS_CALLS = 'admits-calls';

const fresh = (input: BreakerInput): BreakerContext => ({
  ...input,
  consecutiveFailures: 0,
  openedAt: null,
  retryAt: null,
  counts: { success: 0, failure: 0, rejected: 0 },
});

const plusOne = (counts: BreakerCounts, kind: keyof BreakerCounts): BreakerCounts => ({ ...counts, [kind]: counts[kind] + 1 });

/** The circuit-breaker machine; start it with `{ input: { failureThreshold, openMs } }`. */
export const circuitBreakerMachine = setup({
  types: {
    context: {} as BreakerContext,
    events: {} as BreakerEvent,
    input: {} as BreakerInput,
  },
  guards: {
    reachesThreshold: ({ context }) => context.consecutiveFailures + 1 >= context.failureThreshold,
    coolDownOver: ({ context, event }) => event.type === 'breaker.tick' && context.retryAt !== null && event.at >= context.retryAt,
    isTrial: ({ event }) => (event.type === 'breaker.succeeded' || event.type === 'breaker.failed') && event.trial,
  },
  actions: {
    countSuccess: assign({ counts: ({ context }) => plusOne(context.counts, 'success') }),
    countFailure: assign({ counts: ({ context }) => plusOne(context.counts, 'failure') }),
    countRejected: assign({ counts: ({ context }) => plusOne(context.counts, 'rejected') }),
    addFailure: assign({ consecutiveFailures: ({ context }) => context.consecutiveFailures + 1 }),
    clearFailures: assign({ consecutiveFailures: 0 }),
    open: assign(({ context, event }) => {
      const at = event.type === 'breaker.failed' ? event.at : 0;
      return { consecutiveFailures: context.consecutiveFailures + 1, openedAt: at, retryAt: at + context.openMs };
    }),
    close: assign({ consecutiveFailures: 0, openedAt: null, retryAt: null }),
    restart: assign(({ context }) => fresh({ failureThreshold: context.failureThreshold, openMs: context.openMs })),
  },
}).createMachine({
  id: 'circuitBreaker',
  context: ({ input }) => fresh(input),
  initial: 'closed',
  on: {
    'breaker.reset': { target: '.closed', actions: 'restart' },
    // Whatever the state, a refused call is counted; only the states below admit calls.
    'breaker.rejected': { actions: 'countRejected' },
  },
  states: {
    closed: {
      tags: [ADMITS_CALLS],
      on: {
        'breaker.succeeded': { actions: ['countSuccess', 'clearFailures'] },
        'breaker.failed': [
          { guard: 'reachesThreshold', target: 'open', actions: ['countFailure', 'open'] },
          { actions: ['countFailure', 'addFailure'] },
        ],
      },
    },
    open: {
      on: {
        'breaker.tick': { guard: 'coolDownOver', target: 'half_open' },
        // Calls that were already under way when the breaker opened still finish; they are only counted.
        'breaker.succeeded': { actions: 'countSuccess' },
        'breaker.failed': { actions: 'countFailure' },
      },
    },
    half_open: {
      initial: 'waiting',
      states: {
        waiting: {
          tags: [ADMITS_CALLS],
          on: { 'breaker.trialStarted': 'trial' },
        },
        trial: {
          on: {
            'breaker.succeeded': [{ guard: 'isTrial', target: '#circuitBreaker.closed', actions: ['countSuccess', 'close'] }, { actions: 'countSuccess' }],
            'breaker.failed': [{ guard: 'isTrial', target: '#circuitBreaker.open', actions: ['countFailure', 'open'] }, { actions: 'countFailure' }],
          },
        },
      },
      on: {
        'breaker.succeeded': { actions: 'countSuccess' },
        'breaker.failed': { actions: 'countFailure' },
      },
    },
  },
});

export type BreakerSnapshot = SnapshotFrom<typeof circuitBreakerMachine>;
