import type { Clock } from '../store/clock';

/**
 * Calls several upstreams at once and waits for all of them, each with its own timeout.
 * The guide gathers without any timeout, so one slow service holds the whole dashboard
 * hostage; here a call that runs past its limit is aborted and reported, and the caller
 * decides whether that section may be left out or the whole answer fails.
 */

export type CallOutcome<T> = { ok: true; value: T } | { ok: false; reason: 'timeout' | 'error'; message: string };

export interface CallTiming {
  /** The label used in Server-Timing and in the lab's waterfall (`user`, `orders`, …). */
  name: string;
  /** When the call started, in ms after the first one. */
  start_ms: number;
  duration_ms: number;
  outcome: 'ok' | 'timeout' | 'error';
}

export interface Gathered<R extends Record<string, unknown>> {
  results: { [K in keyof R]: CallOutcome<R[K]> };
  timings: CallTiming[];
  /** Wall time of the whole gather: the slowest call, not the sum. */
  total_ms: number;
}

export type UpstreamCalls<R extends Record<string, unknown>> = { [K in keyof R]: (signal: AbortSignal) => Promise<R[K]> };

class UpstreamTimeout extends Error {}

/** Runs every call in parallel (Promise.all), each aborted after `timeoutMs` on the clock. */
export async function gatherUpstreams<R extends Record<string, unknown>>(clock: Clock, calls: UpstreamCalls<R>, timeoutMs: number): Promise<Gathered<R>> {
  const began = clock.now();
  const names = Object.keys(calls) as (keyof R & string)[];
  const settled = await Promise.all(names.map((name) => timedCall(clock, began, name, calls[name], timeoutMs)));
  const results = {} as Gathered<R>['results'];
  names.forEach((name, index) => {
    results[name] = settled[index]!.outcome as CallOutcome<R[typeof name]>;
  });
  return { results, timings: settled.map((entry) => entry.timing), total_ms: clock.now() - began };
}

async function timedCall<T>(clock: Clock, began: number, name: string, call: (signal: AbortSignal) => Promise<T>, timeoutMs: number) {
  const start = clock.now();
  const controller = new AbortController();
  const timer = new AbortController(); // cancels the timeout's sleep once the call is done
  const timeout = clock.sleep(timeoutMs, timer.signal).then(
    () => {
      controller.abort(new UpstreamTimeout(`${name} did not answer within ${timeoutMs} ms`));
      throw new UpstreamTimeout(`${name} did not answer within ${timeoutMs} ms`);
    },
    () => new Promise<never>(() => {}), // the call finished first: this branch never settles
  );
  let outcome: CallOutcome<T>;
  try {
    outcome = { ok: true, value: await Promise.race([call(controller.signal), timeout]) };
  } catch (error) {
    const reason = error instanceof UpstreamTimeout || controller.signal.aborted ? 'timeout' : 'error';
    outcome = { ok: false, reason, message: error instanceof Error ? error.message : String(error) };
  } finally {
    timer.abort();
  }
  const timing: CallTiming = { name, start_ms: start - began, duration_ms: clock.now() - start, outcome: outcome.ok ? 'ok' : outcome.reason };
  return { outcome, timing };
}

/** The Server-Timing header value (W3C Server Timing): one metric per upstream call, failed ones with a desc, then the total. */
export function serverTiming(timings: readonly CallTiming[], totalMs: number): string {
  const metric = (name: string, ms: number, desc?: string) => `${name};dur=${Math.round(ms)}${desc ? `;desc="${desc}"` : ''}`;
  return [...timings.map((t) => metric(t.name, t.duration_ms, t.outcome === 'ok' ? undefined : t.outcome)), metric('total', totalMs)].join(', ');
}
