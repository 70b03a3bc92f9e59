// Types the editor knows about while you solve "circuit-breaker". They are global:
// use them in your code without importing anything.

/** Where a breaker stands: passing calls through, refusing them, or trying one. */
type BreakerState = 'closed' | 'open' | 'half-open';

/** What createBreaker is given. */
interface BreakerOptions {
  /** Failures in a row that open the breaker. A whole number, at least 1. */
  failureThreshold: number;
  /** How long the breaker stays open before it lets one trial call through, in milliseconds. */
  resetTimeoutMs: number;
  /**
   * The current time in milliseconds, from a clock that only moves forward (like
   * performance.now()). The checks control it; read the time from here and nowhere else.
   */
  now: () => number;
}

/** A circuit breaker around calls to one dependency (a payment provider, a database). */
interface Breaker {
  /**
   * Calls `fn` when the breaker lets calls through, and settles as `fn` does: with its
   * value, or with its error, unchanged. When the breaker refuses, rejects at once with
   * a BreakerOpenError and does not call `fn`.
   */
  call<T>(fn: () => Promise<T>): Promise<T>;
  /** Where the breaker stands at this moment, by the clock (a getter: `get state() { ... }`). */
  readonly state: BreakerState;
}

/** What call() rejects with when the breaker refuses a call. */
interface BreakerOpenError extends Error {
  /** Always 'CIRCUIT_OPEN', so callers can tell a refusal from the dependency's own errors. */
  code: 'CIRCUIT_OPEN';
  /** Milliseconds until the breaker will let a call through again (more than 0): the basis for Retry-After. */
  retryAfterMs: number;
}
