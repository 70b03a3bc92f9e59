import { createActor } from 'xstate';
import type { Clock } from '../store/clock';
import { ADMITS_CALLS, circuitBreakerMachine, type BreakerCounts, type BreakerSnapshot } from './circuit-breaker-machine';
import { withTimeout } from './timeout';

/**
 * Circuit breaker: calls to a dependency go through the breaker. While the dependency
 * keeps failing, the breaker opens and answers at once instead of piling more requests
 * onto a service that cannot take them; after a cool-down it lets one trial call through
 * to see whether the dependency has recovered. The rules are the machine in
 * circuit-breaker-machine.ts; this module feeds it the calls, their outcomes and the time.
 * Every call also has a time limit (timeout.ts): a call that hangs counts as a failure.
 */

export interface CircuitBreakerOptions {
  /** Shown in errors and in the status, e.g. `payment-provider`. */
  name: string;
  /** Consecutive failures that open the breaker. Default 5. */
  failureThreshold?: number;
  /** How long the breaker stays open before a trial call. Default 30 s. */
  openMs?: number;
  /** How long one call may take before it counts as failed. Default 1 s. */
  callTimeoutMs?: number;
}

/** The breaker's state as the control route shows it (snake_case, times as ISO 8601). */
export interface BreakerStatus {
  name: string;
  state: 'closed' | 'open' | 'half_open';
  consecutive_failures: number;
  failure_threshold: number;
  opened_at: string | null;
  retry_at: string | null;
  counts: BreakerCounts;
}

/** Thrown instead of calling the dependency while the breaker is open (or its one trial is under way). */
export class CircuitOpenError extends Error {
  constructor(
    readonly breaker: string,
    /** Milliseconds until a call may be admitted again. */
    readonly retryAfterMs: number,
  ) {
    super(`The circuit breaker "${breaker}" is open; calls are refused for the next ${retryAfterMs} ms.`);
    this.name = 'CircuitOpenError';
  }
}

export interface CircuitBreaker {
  /** Runs `work` if the breaker admits it, with the call's time limit; records how it went. */
  call<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Where the breaker stands now. */
  status(): BreakerStatus;
  /** Closes the breaker and zeroes its counts. */
  reset(): void;
}

/**
 * Creates a breaker on `clock`.
 * @example
 * const breaker = createCircuitBreaker(clock, { name: 'payment-provider' });
 * await breaker.call((signal) => provider.charge(payment, signal));
 */
export function createCircuitBreaker(clock: Clock, options: CircuitBreakerOptions): CircuitBreaker {
  const { name, failureThreshold = 5, openMs = 30_000, callTimeoutMs = 1_000 } = options;
  const actor = createActor(circuitBreakerMachine, { input: { failureThreshold, openMs } }).start();

  // The machine has no timers of its own: each look at the breaker first tells it the time.
  const current = (): BreakerSnapshot => {
    actor.send({ type: 'breaker.tick', at: clock.now() });
    return actor.getSnapshot();
  };

  return {
    async call(work) {
      const before = current();
      if (!before.hasTag(ADMITS_CALLS)) {
        actor.send({ type: 'breaker.rejected' });
        // Open: until the cool-down ends. Half-open with its trial under way: the trial decides within its time limit.
        const retryAfterMs = before.matches('open') ? before.context.retryAt! - clock.now() : callTimeoutMs;
        throw new CircuitOpenError(name, retryAfterMs);
      }
      const trial = before.matches('half_open');
      if (trial) actor.send({ type: 'breaker.trialStarted' });
      try {
        const result = await withTimeout(clock, callTimeoutMs, work);
        actor.send({ type: 'breaker.succeeded', trial });
        return result;
      } catch (error) {
        actor.send({ type: 'breaker.failed', trial, at: clock.now() });
        throw error;
      }
    },

    status() {
      const snapshot = current();
      const { context } = snapshot;
      const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
      return {
        name,
        state: snapshot.matches('half_open') ? 'half_open' : snapshot.matches('open') ? 'open' : 'closed',
        consecutive_failures: context.consecutiveFailures,
        failure_threshold: context.failureThreshold,
        opened_at: iso(context.openedAt),
        retry_at: iso(context.retryAt),
        counts: { ...context.counts },
      };
    },

    reset() {
      actor.send({ type: 'breaker.reset' });
    },
  };
}
