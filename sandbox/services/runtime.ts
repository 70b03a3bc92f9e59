import { ApiKeyStore } from '../auth/api-keys';
import { createAuthServer, type AuthServer } from '../auth/oauth-server';
import { createProjects, type ProjectRecord } from '../auth/tenants-data';
import { EventLog } from '../events/event-log';
import { createGateway, type Gateway } from '../gateway/gateway';
import { CourierSimulator } from '../realtime/courier-simulation';
import { CitySimulation } from '../rides/city-sim';
import { createCircuitBreaker, type CircuitBreaker } from '../patterns/circuit-breaker';
import { IdempotencyStore } from '../patterns/idempotency';
import { createObservability, type Observability } from '../observability/observability';
import { TokenBuckets } from '../patterns/token-bucket';
import type { Clock } from '../store/clock';
import { Collection } from '../store/collection';
import { createWebhooks, type Webhooks } from '../webhooks/webhooks';
import type { Money } from '../store/records';
import type { Store } from '../store/store';
import { createVersioning, type Versioning } from '../versioning/versioning';
import { createPaymentProvider, type PaymentProvider } from './payment-provider';
import { createUpstreams, type Upstreams } from '../bff/upstreams';
import { ProviderVariants } from '../provider-variants/provider-variants';
import { createRides, type Rides } from '../rides/rides-store';

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
  /** Orders with a charge under way: a second payment for one of them would charge twice. */
  paymentsInFlight: Set<string>;
  /** Idempotency keys and the responses kept for them (sandbox/patterns/idempotency.ts). */
  idempotency: IdempotencyStore;
  /** Everything that happened, in order: the feed behind polling, SSE, WebSockets and webhooks. */
  events: EventLog;
  /** Webhook endpoints, their deliveries (retries, dead letters, replay) and the demo inboxes (sandbox/webhooks/). */
  webhooks: Webhooks;
  /** Pretend couriers publishing order.location_updated for shipped orders (sandbox/realtime/courier-simulation.ts). */
  courier: CourierSimulator;
  /** Chapter 12: the simulated city that moves the seeded drivers and answers their offers (sandbox/rides/city-sim.ts). */
  city: CitySimulation;
  /** API keys, stored as hashes (sandbox/auth/api-keys.ts). */
  apiKeys: ApiKeyStore;
  /** The tenants' projects (sandbox/auth/tenants-data.ts). */
  projects: Collection<ProjectRecord>;
  /** Chapter 5: the sandbox's calendar, the v2/v3 user side tables, the chat messages (sandbox/versioning/). */
  versioning: Versioning;
  /** The OAuth authorization server: signing key, tokens and their families, codes, the OAuth log (sandbox/auth/oauth-server.ts). */
  auth: AuthServer;
  /** Chapter 9: the API gateway's document, dice, rate-limit windows and stats (sandbox/gateway/). */
  gateway: Gateway;
  /** Chapter 11: the metrics, request log, request records and SLA alerts (sandbox/observability/). */
  observability: Observability;
  /** Chapter 9: the user, order and product services behind the BFFs, with their latency and faults (sandbox/bff/). */
  bff: Upstreams;
  /** Chapter 10: deliberate breaking changes to the v1 users answers, for the contract lab (sandbox/provider-variants/). */
  providerVariants: ProviderVariants;
  /** Chapter 12: drivers, riders, rides, their payments and ratings (sandbox/rides/). */
  rides: Rides;
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
  const webhooks = createWebhooks(clock, events);
  const courier = new CourierSimulator(events, clock);
  const apiKeys = new ApiKeyStore(clock);
  const projects = createProjects();
  const versioning = createVersioning(clock);
  const auth = createAuthServer(clock);
  const gateway = createGateway(clock);
  return {
    limiter,
    paymentProvider,
    paymentBreaker,
    payments,
    paymentsInFlight: new Set<string>(),
    idempotency: new IdempotencyStore(clock),
    events,
    webhooks,
    courier,
    city: new CitySimulation(clock, events),
    apiKeys,
    projects,
    versioning,
    auth,
    gateway,
    bff: createUpstreams(store, clock),
    observability: createObservability(clock),
    providerVariants: new ProviderVariants(),
    rides: createRides(clock, events),
    reset() {
      clock.reset(); // first: the seed data and the version schedule are dated from the reset clock
      versioning.reset();
      store.reset();
      payments.reset();
      limiter.reset();
      paymentProvider.reset();
      paymentBreaker.reset();
      events.reset();
      this.idempotency.reset();
      webhooks.reset();
      courier.reset();
      this.city.reset();
      apiKeys.reset();
      projects.reset();
      auth.reset();
      gateway.reset();
      this.bff.reset();
      this.observability.reset();
      this.providerVariants.reset();
      this.rides.reset();
    },
  };
}
