import { useCallback, useEffect, useRef, useState } from 'react';
import { sandboxReady } from '../app/sandbox-ready';
import { followableLinks } from './follow-links';
import type { Exchange } from './try-it-response';

/** How one send ended: the answer as shown, a failure already on screen, or superseded by a newer send. */
export type SendOutcome = { outcome: 'done'; response: Extract<Exchange, { status: 'done' }>['response'] } | { outcome: 'failed' } | { outcome: 'aborted' };

/**
 * One request at a time to the in-tab sandbox, shared by Try-it blocks and the request
 * console: a new send aborts the one in flight (its late answer must not overwrite the
 * newer one), the time is measured around fetch alone, and the answer's links are
 * collected so the learner can follow them.
 */
export function useSandboxExchange(failedMessage: (reason: string) => string) {
  const [exchange, setExchange] = useState<Exchange>({ status: 'idle' });
  const inFlight = useRef<AbortController | null>(null);
  useEffect(() => () => inFlight.current?.abort(), []);

  const send = useCallback(
    async (method: string, url: string, init: RequestInit): Promise<SendOutcome> => {
      inFlight.current?.abort();
      const controller = new AbortController();
      inFlight.current = controller;
      setExchange({ status: 'sending' });
      try {
        await sandboxReady();
        const started = performance.now();
        const response = await fetch(url, { ...init, signal: controller.signal });
        const body = await response.text();
        const answer = { status: response.status, statusText: response.statusText, headers: [...response.headers], body, ms: Math.round(performance.now() - started) };
        const links = followableLinks({ request: { method, url }, response: answer }, window.location.origin);
        setExchange({ status: 'done', response: answer, links });
        return { outcome: 'done', response: answer };
      } catch (error) {
        if (controller.signal.aborted) return { outcome: 'aborted' };
        setExchange({ status: 'failed', message: failedMessage(error instanceof Error ? error.message : String(error)) });
        return { outcome: 'failed' };
      }
    },
    [failedMessage],
  );

  /** Stops the request in flight, if any, without touching what is shown. */
  const abort = useCallback(() => inFlight.current?.abort(), []);
  return { exchange, setExchange, send, abort };
}
