import type { Clock } from '../store/clock';
import type { TrafficPolicy } from './config-schema';
import { happens } from './seeded-random';

/**
 * Retries with a per-try timeout, and fault injection, on the sandbox clock.
 *
 * Faults are injected into each try, as if between the gateway and the upstream, so an
 * injected delay can run past per_try_timeout and an injected 503 can be retried: the lab
 * shows the two policies working together. (Istio's fault filter runs once, in front of
 * its retries: there an injected fault is what the client gets, never retried.)
 *
 * Only idempotent requests are retried (RFC 9110 §9.2.2), or a POST/PATCH that carries an
 * Idempotency-Key: retrying a plain POST that timed out might create the order twice.
 */

/** Statuses a retry may cure: the upstream was unreachable, overloaded or too slow. */
const RETRYABLE = new Set([502, 503, 504]);
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
/** Envoy's default: 25 ms, doubled per retry (jitter left out so runs stay reproducible). */
const BACKOFF_MS = 25;

export type TryResult = { kind: 'response'; response: Response } | { kind: 'abort'; status: number } | { kind: 'timeout'; afterMs: number };

export interface PolicyCounters {
  retries: number;
  timeouts: number;
  delays_injected: number;
  aborts_injected: number;
}

export interface PolicyRun {
  policy: TrafficPolicy | undefined;
  clock: Clock;
  random: () => number;
  counters: PolicyCounters;
  /** May the request be sent twice? */
  retryable: boolean;
  /** Sends one try upstream; `signal` aborts when the gateway stops waiting for it. */
  send: (signal: AbortSignal) => Promise<Response>;
}

/** True when the method is idempotent, or the client made it safe to repeat with an Idempotency-Key. */
export function mayRetry(request: Request): boolean {
  return IDEMPOTENT.has(request.method) || request.headers.has('Idempotency-Key');
}

/** Runs the tries the policy allows and returns the outcome of the last one. */
export async function runWithPolicy(run: PolicyRun): Promise<TryResult> {
  const retries = run.retryable ? (run.policy?.retries?.attempts ?? 0) : 0;
  let result: TryResult = { kind: 'timeout', afterMs: 0 };
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) {
      run.counters.retries++;
      await run.clock.sleep(BACKOFF_MS * 2 ** (attempt - 1));
    }
    result = await oneTry(run);
    const worthRetrying = result.kind === 'timeout' || (result.kind === 'abort' ? RETRYABLE.has(result.status) : RETRYABLE.has(result.response.status));
    if (!worthRetrying) return result;
  }
  return result;
}

async function oneTry(run: PolicyRun): Promise<TryResult> {
  const attempt = new AbortController();
  const perTry = run.policy?.retries?.per_try_timeout;
  const tryOnce = async (): Promise<TryResult> => {
    const fault = run.policy?.fault;
    if (fault?.abort && happens(fault.abort.percentage, run.random)) {
      run.counters.aborts_injected++;
      return { kind: 'abort', status: fault.abort.http_status };
    }
    if (fault?.delay && happens(fault.delay.percentage, run.random)) {
      run.counters.delays_injected++;
      await run.clock.sleep(fault.delay.fixed_delay, attempt.signal);
    }
    return { kind: 'response', response: await run.send(attempt.signal) };
  };
  if (perTry === undefined) return tryOnce();

  const timer = new AbortController();
  const timeout = run.clock.sleep(perTry, timer.signal).then((): TryResult => ({ kind: 'timeout', afterMs: perTry }));
  const outcome = tryOnce();
  // Whichever loses is abandoned; its rejection (an aborted sleep) is expected and swallowed.
  timeout.catch(() => undefined);
  outcome.catch(() => undefined);
  const result = await Promise.race([outcome, timeout]);
  if (result.kind === 'timeout') {
    run.counters.timeouts++;
    attempt.abort(new Error('per-try timeout'));
  } else {
    timer.abort(new Error('try finished'));
  }
  return result;
}
