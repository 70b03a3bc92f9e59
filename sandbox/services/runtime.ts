import { EventLog } from '../events/event-log';
import { createCircuitBreaker, type CircuitBreaker } from '../patterns/circuit-breaker';
import { TokenBuckets } from '../patterns/token-bucket';
import type { Clock } from '../store/clock';
import { Collection } from '../store/collection';
import type { Money } from '../store/records';
import type { Store } from '../store/store';
import { createPaymentProvider, type PaymentProvider } from './payment-provider';

/**
 * The parts of a sandbox that live beside its data store: the rate-limit buckets, the
 * simulated payment provider, the circuit breaker in front of it, and the payments made
 * through them. `reset` puts all of it, and the store, back to the start.
 */

export interface PaymentRecord {
  id: string;
  order_id: string;
  amount: Money;
  status: 'succeeded';
  /** The provider's id for the charge. */
  provider_reference: string;
  created_at: string;
}

export interface Runtime {
  limiter: TokenBuckets;
  paymentProvider: PaymentProvider;
  paymentBreaker: CircuitBreaker;
  payments: Collection<PaymentRecord>;
  /** Everything that happened, in order: the feed behind polling, SSE, WebSockets and webhooks. */
  events: EventLog;
  /** Restores the seed data, empties the buckets, closes the breaker and clears the provider's faults. */
  reset(): void;
}

/** Creates the runtime parts of one sandbox, on its clock. */
export function createRuntime(store: Store, clock: Clock): Runtime {
  const limiter = new TokenBuckets(clock);
  const paymentProvider = createPaymentProvider(clock);
  const paymentBreaker = createCircuitBreaker(clock, { name: 'payment-provider', failureThreshold: 5, openMs: 30_000, callTimeoutMs: 1_000 });
  const payments = new Collection<PaymentRecord>('pay', () => []);
  const events = new EventLog(clock);
  return {
    limiter,
    paymentProvider,
    paymentBreaker,
    payments,
    events,
    reset() {
      store.reset();
      payments.reset();
      limiter.reset();
      paymentProvider.reset();
      paymentBreaker.reset();
      events.reset();
    },
  };
}
