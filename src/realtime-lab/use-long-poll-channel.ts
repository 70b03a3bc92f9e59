import { useEffect } from 'react';
import { byteLength, type ChannelLog, type FeedEvent } from './channel-log';
import { cursorOf, failureText, longPollUrl } from './feed-paths';
import { useChannelLog } from './use-channel-log';

/** Seconds the sandbox may hold each request (its maximum is 30). */
const WAIT_S = 25;
/** Pause after a failed request, so an error does not turn into a tight loop. */
const RETRY_MS = 2_000;

/**
 * Long polling: one request waits at the sandbox until an event exists, then the next
 * request goes out at once from links.next. Few requests and low latency, at the price of
 * an open request most of the time. Leaving the page aborts the waiting request.
 */
export function useLongPollChannel(startAfter: number): ChannelLog {
  const { log, received, traffic, failed } = useChannelLog(startAfter);
  useEffect(() => {
    const leave = new AbortController();
    const run = async () => {
      let since = startAfter;
      while (!leave.signal.aborted) {
        try {
          const response = await fetch(longPollUrl(since, WAIT_S), { signal: leave.signal });
          const text = await response.text();
          traffic(1, byteLength(text));
          if (!response.ok) {
            failed(failureText(response.status, text));
            await pause(RETRY_MS, leave.signal);
            continue;
          }
          const body = JSON.parse(text) as { data: FeedEvent[]; links: { next: string } };
          received(body.data);
          since = cursorOf(body.links.next, 'since');
        } catch (error) {
          if (leave.signal.aborted) return;
          failed(error instanceof Error ? error.message : String(error));
          await pause(RETRY_MS, leave.signal);
        }
      }
    };
    void run();
    return () => leave.abort();
  }, [startAfter, received, traffic, failed]);
  return log;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
