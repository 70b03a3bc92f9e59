import type { EventLog, SandboxEvent } from '../events/event-log';
import type { Clock } from '../store/clock';

/**
 * Server-Sent Events over the event log. The framing follows the WHATWG HTML standard's
 * event-stream format: each event is `id:`, `event:` (its type) and `data:` (the event as
 * JSON) lines and a blank line; `retry:` is sent once to tell the client how long to wait
 * before reconnecting; `: ping` comment lines keep idle connections (and proxies) alive.
 *
 * No gap, no duplicate on resume: the stream subscribes to the log and reads the backlog in
 * one synchronous step, so nothing can be published between the two; and it remembers the
 * last id it sent, so an event that is both in the backlog and delivered live goes out once.
 *
 * Frames are produced when the reader asks for them (`pull`), so a client that stops
 * reading does not make the sandbox queue heartbeats forever. Cancelling the body or
 * aborting the request's signal unsubscribes at once.
 *
 * A stream also ends by itself after `maxLifetimeMs`, as many production servers do so that
 * long-lived connections get rebalanced and dead ones do not linger; EventSource reconnects
 * with Last-Event-ID, so the client loses nothing (and the chapter's lab shows it happen).
 */

export interface EventStreamOptions {
  /** Replay the kept events with an id greater than this, then continue live. */
  after: number;
  /** True when `after` is older than the kept events: an `events_missed` frame goes first. */
  missed: boolean;
  filter: (event: SandboxEvent) => boolean;
  heartbeatMs: number;
  /** Sent once as `retry:`; EventSource waits this long before it reconnects. */
  retryMs: number;
  /** The stream closes after this long on the clock; the client reconnects and resumes. */
  maxLifetimeMs: number;
  signal?: AbortSignal;
}

const encoder = new TextEncoder();

/** One event in the event-stream format: `id`, `event` and `data` lines, then a blank line. */
export function sseFrame(event: SandboxEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** The body of a `text/event-stream` response over the log, starting after `options.after`. */
export function eventStream(log: EventLog, clock: Clock, options: EventStreamOptions): ReadableStream<Uint8Array> {
  const pending: string[] = [];
  let lastSentId = options.after;
  let wake: (() => void) | null = null;
  let closed = false;
  // The heartbeat wait in progress; aborted when an event or the end of the stream comes first,
  // so that no sleeper is left behind on the clock (a manual clock would still jump to it).
  let nap: AbortController | null = null;

  const queue = (event: SandboxEvent) => {
    if (event.id <= lastSentId || !options.filter(event)) return;
    lastSentId = event.id;
    pending.push(sseFrame(event));
    wake?.();
  };

  const endsAt = clock.now() + options.maxLifetimeMs;
  // Subscribe and read the backlog in one synchronous step (see the module comment).
  const unsubscribe = log.subscribe(queue);
  const backlog = log.since(options.after);
  const first = [`retry: ${options.retryMs}\n\n`];
  if (options.missed) {
    const notice = { after: options.after, oldest_kept_id: log.oldestKeptId, latest_id: log.latestId };
    first.push(`event: events_missed\ndata: ${JSON.stringify(notice)}\n\n`);
  }
  pending.push(...first);
  backlog.forEach(queue);

  /** Resolves true after `ms` on the clock, or false as soon as an event is queued or the stream closes. */
  const nothingFor = (ms: number) => {
    const thisNap = new AbortController();
    nap = thisNap;
    return new Promise<boolean>((resolve) => {
      wake = () => {
        thisNap.abort();
        resolve(false);
      };
      clock.sleep(ms, thisNap.signal).then(
        () => resolve(true),
        () => resolve(false),
      );
    }).finally(() => {
      wake = null;
      nap = null;
    });
  };

  const close = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    nap?.abort();
    wake?.();
  };

  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        options.signal?.addEventListener(
          'abort',
          () => {
            close();
            try {
              controller.close();
            } catch {
              // already closed or cancelled
            }
          },
          { once: true },
        );
      },
      async pull(controller) {
        if (pending.length === 0 && !closed) {
          const remaining = endsAt - clock.now();
          // Wait for an event, or send a heartbeat when none came for heartbeatMs (or the lifetime ends first).
          if (remaining > 0 && (await nothingFor(Math.min(options.heartbeatMs, remaining))) && clock.now() < endsAt) {
            pending.push(': ping\n\n');
          }
          if (pending.length === 0 && !closed) {
            close(); // the lifetime is over
            controller.enqueue(encoder.encode(': this stream has reached its lifetime; reconnect with Last-Event-ID to continue\n\n'));
            controller.close();
            return;
          }
        }
        if (closed) return;
        controller.enqueue(encoder.encode(pending.splice(0).join('')));
      },
      cancel: close,
    },
    { highWaterMark: 0 }, // produce only when the reader asks: no heartbeats pile up unread
  );
}
