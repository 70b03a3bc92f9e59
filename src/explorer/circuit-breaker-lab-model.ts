/**
 * What the circuit-breaker lab shows, computed from what the sandbox reports: the
 * breaker's state in words, the sentence announced when it changes, and one log line
 * per payment. Pure, so the wording is tested without a browser.
 */
import { circuitBreakerLab as m } from '@messages/circuit-breaker-lab';


/** GET /api/v1/sandbox/circuit-breakers/payment-provider. */
export interface BreakerStatus {
  state: 'closed' | 'open' | 'half_open';
  consecutive_failures: number;
  failure_threshold: number;
  opened_at: string | null;
  retry_at: string | null;
  counts: { success: number; failure: number; rejected: number };
}

/** GET/PUT /api/v1/sandbox/payment-provider (the part the lab reads). */
export interface ProviderSettings {
  failure_rate: number;
  latency_ms: number;
}

/** The payment provider's call time limit: slower answers are abandoned (504). */
export const CALL_TIMEOUT_MS = 1000;

/** Reads a breaker status body; throws, naming the field, when it is not one. */
export function readBreakerStatus(body: unknown): BreakerStatus {
  const b = body as Partial<BreakerStatus> | null;
  if (!b || !['closed', 'open', 'half_open'].includes(b.state as string)) throw new Error(m.breaker.unreadable.state);
  if (typeof b.consecutive_failures !== 'number' || typeof b.failure_threshold !== 'number') throw new Error(m.breaker.unreadable.counters);
  if (!b.counts || typeof b.counts.success !== 'number') throw new Error(m.breaker.unreadable.counts);
  return b as BreakerStatus;
}

/** Reads the provider's settings body; throws when failure_rate or latency_ms is missing. */
export function readProviderSettings(body: unknown): ProviderSettings {
  const p = body as Partial<ProviderSettings> | null;
  if (typeof p?.failure_rate !== 'number' || typeof p.latency_ms !== 'number') throw new Error(m.provider.unreadable);
  return { failure_rate: p.failure_rate, latency_ms: p.latency_ms };
}

/** Whole seconds until `retryAt` (never negative), or null when there is no such time. */
export function secondsUntil(retryAt: string | null, now: number): number | null {
  if (retryAt === null) return null;
  const ms = Date.parse(retryAt) - now;
  return Number.isNaN(ms) ? null : Math.max(0, Math.ceil(ms / 1000));
}

/** The state as the lab writes it: a name, a tone for colour, and what it means for the next payment. */
export function describeState(status: BreakerStatus, now: number): { name: string; tone: 'ok' | 'fail' | 'warn'; meaning: string } {
  switch (status.state) {
    case 'closed': {
      const left = status.failure_threshold - status.consecutive_failures;
      return {
        name: m.breaker.states.closed,
        tone: 'ok',
        meaning: m.breaker.meaning.closed(left),
      };
    }
    case 'open': {
      const wait = secondsUntil(status.retry_at, now);
      return {
        name: m.breaker.states.open,
        tone: 'fail',
        meaning: m.breaker.meaning.open(wait),
      };
    }
    case 'half_open':
      return {
        name: m.breaker.states.halfOpen,
        tone: 'warn',
        meaning: m.breaker.meaning.halfOpen,
      };
  }
}

/** The sentence to announce when the breaker moves from `before` to `after`, or null when its state did not change. */
export function transitionAnnouncement(before: BreakerStatus | null, after: BreakerStatus): string | null {
  if (before === null || before.state === after.state) return null;
  const said = m.breaker.transitions;
  if (after.state === 'open' && before.state === 'half_open') return said.reopened;
  if (after.state === 'open') return said.opened(after.failure_threshold);
  if (after.state === 'half_open') return said.halfOpen;
  return before.state === 'half_open' ? said.reclosed : said.closed;
}

/** One payment in the log. */
export interface PaymentLogEntry {
  /** Counts up from 1, so the learner can tell repeated results apart. */
  n: number;
  status: number;
  /** The error code, or the payment id when it succeeded. */
  result: string;
  ms: number;
}

/** The log line for a POST /payments answer. */
export function paymentLogEntry(n: number, answer: { status: number; body: unknown; ms: number }): PaymentLogEntry {
  const body = answer.body as { error?: { code?: unknown }; data?: { id?: unknown } } | null;
  const code = body?.error?.code;
  const id = body?.data?.id;
  const result = typeof code === 'string' ? code : typeof id === 'string' ? m.payments.paid(id) : m.payments.noBody;
  return { n, status: answer.status, result, ms: answer.ms };
}

/** A warning for settings that make every payment fail one way or another, or null when they are mixed. */
export function settingsWarning(settings: ProviderSettings): string | null {
  if (settings.latency_ms > CALL_TIMEOUT_MS) return m.provider.timeoutWarning(CALL_TIMEOUT_MS);
  if (settings.failure_rate >= 1) return m.provider.downWarning;
  return null;
}
