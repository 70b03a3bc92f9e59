import { assign, setup, type SnapshotFrom } from 'xstate';

/**
 * The lifecycle of one delivery (one message to one endpoint):
 *
 *   scheduled ──(delivery.send)──► sending
 *   sending ──(2xx)──► succeeded
 *   sending ──(failure, attempts left, not a replay)──► scheduled (a retry, after the backoff)
 *   sending ──(failure on the last attempt, or a failed replay)──► dead_lettered
 *   succeeded / dead_lettered ──(delivery.replay)──► sending (one more attempt, same webhook-id)
 *
 * The machine only decides what happens next; the dispatcher does the sending and the timing.
 */

export interface DeliveryContext {
  attempts: number;
  maxAttempts: number;
  /** Whether the attempt under way was asked for by a replay (a failed replay does not retry). */
  replay: boolean;
}

export type DeliveryEvent = { type: 'delivery.send' } | { type: 'delivery.replay' } | { type: 'delivery.succeeded' } | { type: 'delivery.failed' };

/** The states a client sees as a delivery's `status`. */
export type DeliveryStatus = 'scheduled' | 'sending' | 'succeeded' | 'dead_lettered';

/** The delivery machine; start it with `{ input: { maxAttempts } }`. */
export const deliveryMachine = setup({
  types: { context: {} as DeliveryContext, events: {} as DeliveryEvent, input: {} as { maxAttempts: number } },
  guards: {
    retriesLeft: ({ context }) => !context.replay && context.attempts < context.maxAttempts,
  },
  actions: {
    countAttempt: assign({ attempts: ({ context }) => context.attempts + 1, replay: false }),
    countReplay: assign({ attempts: ({ context }) => context.attempts + 1, replay: true }),
  },
}).createMachine({
  id: 'webhookDelivery',
  context: ({ input }) => ({ attempts: 0, maxAttempts: input.maxAttempts, replay: false }),
  initial: 'scheduled',
  states: {
    scheduled: { on: { 'delivery.send': { target: 'sending', actions: 'countAttempt' } } },
    sending: {
      on: {
        'delivery.succeeded': 'succeeded',
        'delivery.failed': [{ guard: 'retriesLeft', target: 'scheduled' }, { target: 'dead_lettered' }],
      },
    },
    succeeded: { on: { 'delivery.replay': { target: 'sending', actions: 'countReplay' } } },
    dead_lettered: { on: { 'delivery.replay': { target: 'sending', actions: 'countReplay' } } },
  },
});

export type DeliverySnapshot = SnapshotFrom<typeof deliveryMachine>;
