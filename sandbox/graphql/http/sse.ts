import type { FormattedExecutionResult } from 'graphql';
import { EVENT_STREAM } from './media-types';

/**
 * GraphQL over server-sent events, "distinct connections" mode (the graphql-sse
 * protocol): one HTTP response per operation, each result an `event: next`, and a
 * final `event: complete` before the stream closes. The stream ends cleanly in all
 * three ways a stream can end: the results run out, the client cancels the body, or the
 * request's signal aborts (the HTTP door aborts it when the connection closes).
 */

const encoder = new TextEncoder();
const frame = (event: 'next' | 'complete', data: string) => encoder.encode(`event: ${event}\ndata: ${data}\n\n`);

/** Streams `results` as SSE; `headers` are added to the response. */
export function sseResponse(results: AsyncIterator<FormattedExecutionResult>, signal: AbortSignal, headers: Record<string, string> = {}): Response {
  let closed = false;
  const stop = () => {
    if (closed) return;
    closed = true;
    void results.return?.();
  };

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // A comment line first, so that the status and headers go out before the first event.
      controller.enqueue(encoder.encode(': stream open\n\n'));
      signal.addEventListener(
        'abort',
        () => {
          stop();
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
      let next: IteratorResult<FormattedExecutionResult>;
      try {
        next = await results.next();
      } catch (error) {
        // A broken source is a bug in the sandbox: tell the client in the protocol's terms, then end.
        console.error('[sandbox graphql] subscription source failed:', error);
        next = { done: false, value: { errors: [{ message: 'The event source failed inside the sandbox; this is a bug in the sandbox.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
        closed = true;
        controller.enqueue(frame('next', JSON.stringify(next.value)));
        controller.enqueue(frame('complete', ''));
        controller.close();
        return;
      }
      if (closed) return;
      if (next.done) {
        closed = true;
        controller.enqueue(frame('complete', ''));
        controller.close();
        return;
      }
      controller.enqueue(frame('next', JSON.stringify(next.value)));
    },
    cancel: stop,
  });

  return new Response(body, {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': `${EVENT_STREAM}; charset=utf-8`,
      'Cache-Control': 'no-cache',
      // Asks proxies such as nginx not to hold events back in a buffer.
      'X-Accel-Buffering': 'no',
    },
  });
}

/** A single result as a one-event stream, for queries and mutations sent with Accept: text/event-stream. */
export async function* once(result: FormattedExecutionResult): AsyncGenerator<FormattedExecutionResult, void, void> {
  yield result;
}
