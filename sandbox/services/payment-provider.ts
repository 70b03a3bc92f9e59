import type { Clock } from '../store/clock';
import type { Money } from '../store/records';
import { seededRandom } from '../store/seeded-random';

/**
 * The simulated payment provider: the "other company's API" that POST /payments calls.
 * Its faults can be dialled in — a share of charges that fail, and a delay before every
 * answer — so a learner can watch retries, timeouts and the circuit breaker at work.
 *
 * Failures are drawn from a seeded pseudo-random sequence, not Math.random: the same
 * seed and settings give the same successes and failures in the same order, in every
 * test run and every browser.
 */

export interface ProviderFaults {
  /** Share of charges that fail, from 0 (none) to 1 (all). */
  failure_rate: number;
  /** Delay before every answer, in milliseconds. */
  latency_ms: number;
  /** Seed of the sequence that decides which charges fail. */
  seed: number;
}

export interface ProviderCharge {
  /** The provider's own id for the charge, e.g. `ch_000001`. */
  reference: string;
  amount: Money;
}

export interface ProviderStats {
  /** Charges the provider was asked for (whatever became of them). */
  calls: number;
  succeeded: number;
  failed: number;
}

/** The provider answered, and the answer was a failure (in real life: a 5xx from its API). */
export class PaymentProviderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PaymentProviderError';
  }
}

export interface PaymentProvider {
  /** Asks the provider to charge `amount`; settles after the configured latency, or rejects when `signal` aborts. */
  charge(amount: Money, signal?: AbortSignal): Promise<ProviderCharge>;
  faults(): ProviderFaults;
  /** Replaces the fault settings and restarts the random sequence from their seed. */
  setFaults(faults: ProviderFaults): void;
  stats(): ProviderStats;
  /** Back to no faults, the default seed and zero counts. */
  reset(): void;
}

export const DEFAULT_FAULTS: ProviderFaults = { failure_rate: 0, latency_ms: 0, seed: 1 };

/** Creates a provider that waits on `clock` (real time on the system clock, virtual time in tests). */
export function createPaymentProvider(clock: Clock): PaymentProvider {
  let faults = { ...DEFAULT_FAULTS };
  let random = seededRandom(faults.seed);
  let stats: ProviderStats = { calls: 0, succeeded: 0, failed: 0 };
  let charges = 0;

  return {
    async charge(amount, signal) {
      stats.calls += 1;
      // Drawn when the call starts, so the outcome of the n-th call never depends on timing.
      const fails = random() < faults.failure_rate;
      try {
        if (faults.latency_ms > 0) await clock.sleep(faults.latency_ms, signal);
        signal?.throwIfAborted();
      } catch (reason) {
        stats.failed += 1;
        throw reason;
      }
      if (fails) {
        stats.failed += 1;
        throw new PaymentProviderError('it answered 500 Internal Server Error (card processor unavailable)');
      }
      stats.succeeded += 1;
      charges += 1;
      return { reference: `ch_${String(charges).padStart(6, '0')}`, amount: { ...amount } };
    },
    faults: () => ({ ...faults }),
    setFaults(next) {
      faults = { ...next };
      random = seededRandom(faults.seed);
    },
    stats: () => ({ ...stats }),
    reset() {
      faults = { ...DEFAULT_FAULTS };
      random = seededRandom(faults.seed);
      stats = { calls: 0, succeeded: 0, failed: 0 };
      charges = 0;
    },
  };
}

