import type { EventLog, SandboxEvent } from '../events/event-log';
import type { Clock } from '../store/clock';

/**
 * Long polling: hold the request open until there is something to say, then answer and
 * let the client ask again. The wait ends in one of three ways, whichever comes first:
 * a matching event is published, the timeout passes on the sandbox clock, or the client
 * goes away (its request's signal aborts) — then the subscription is dropped at once
 * rather than kept for a listener nobody will read.
 */

export interface WaitOptions {
  /** Answer with events whose id is greater than this. */
  after: number;
  /** Only these events count (the others neither end the wait nor appear in the answer). */
  filter: (event: SandboxEvent) => boolean;
  timeoutMs: number;
  /** The client's request signal: aborting ends the wait with no events. */
  signal?: AbortSignal;
}

export interface WaitResult {
  events: SandboxEvent[];
  /** True when the timeout (or a disconnect) ended the wait, not an event. */
  timedOut: boolean;
}

/** Resolves with the matching events after `after`, at once if some exist, else as soon as one is published. */
export function waitForEvents(log: EventLog, clock: Clock, options: WaitOptions): Promise<WaitResult> {
  const ready = () => log.since(options.after).filter(options.filter);
  const already = ready();
  if (already.length > 0 || options.timeoutMs <= 0 || options.signal?.aborted) {
    return Promise.resolve({ events: already, timedOut: already.length === 0 });
  }

  return new Promise((resolve) => {
    const stopSleeping = new AbortController();
    let settled = false;
    const finish = (timedOut: boolean) => {
      if (settled) return;
      settled = true;
      unsubscribe();
      stopSleeping.abort();
      options.signal?.removeEventListener('abort', onDisconnect);
      resolve({ events: timedOut ? [] : ready(), timedOut });
    };
    const onDisconnect = () => finish(true);

    const unsubscribe = log.subscribe((event) => {
      if (options.filter(event)) finish(false);
    });
    options.signal?.addEventListener('abort', onDisconnect, { once: true });
    clock.sleep(options.timeoutMs, stopSleeping.signal).then(
      () => finish(true),
      () => undefined, // aborted because the wait already ended
    );
  });
}
