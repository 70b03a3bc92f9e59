import { useEffect } from 'react';
import { byteLength, type ChannelLog, type FeedEvent } from './channel-log';
import { cursorOf, failureText, pollUrl } from './feed-paths';
import { useChannelLog } from './use-channel-log';

/**
 * Plain polling: GET /api/v1/events every `intervalMs`, whether or not anything happened.
 * Each answer's links.next is the next cursor. The cost shows in the request count: most
 * answers are empty, and an event waits on average half an interval before anyone asks.
 */
export function usePollingChannel(startAfter: number, intervalMs: number): ChannelLog {
  const { log, received, traffic, failed } = useChannelLog(startAfter);
  useEffect(() => {
    let cursor = startAfter;
    let busy = false;
    const tick = async () => {
      if (busy) return; // a slow answer: skip this beat instead of piling requests up
      busy = true;
      try {
        const response = await fetch(pollUrl(cursor));
        const text = await response.text();
        traffic(1, byteLength(text));
        if (!response.ok) return failed(failureText(response.status, text));
        const body = JSON.parse(text) as { data: FeedEvent[]; links: { next: string } };
        received(body.data);
        cursor = cursorOf(body.links.next, 'after');
      } catch (error) {
        failed(error instanceof Error ? error.message : String(error));
      } finally {
        busy = false;
      }
    };
    void tick();
    const timer = setInterval(() => void tick(), intervalMs);
    return () => clearInterval(timer);
  }, [startAfter, intervalMs, received, traffic, failed]);
  return log;
}
