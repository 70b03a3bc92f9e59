import { realtimeLab } from '@messages/realtime-lab';
import { useEffect } from 'react';
import { byteLength, type ChannelLog, type FeedEvent } from './channel-log';
import { ORDER_EVENT_TYPES, streamUrl } from './feed-paths';
import { useChannelLog } from './use-channel-log';

/**
 * Server-Sent Events with the browser's own EventSource: one request that stays open; the
 * sandbox writes each event into it. When the connection drops, EventSource reconnects by
 * itself and sends Last-Event-ID, so the stream resumes where it stopped (the header wins
 * over the last_event_id in the URL, which only sets the starting point).
 * Bytes are counted from the frames as the sandbox writes them (id, event and data lines);
 * EventSource does not show heartbeat comments to the page.
 */
export function useSseChannel(startAfter: number): ChannelLog {
  const { log, received, traffic, failed } = useChannelLog(startAfter);
  useEffect(() => {
    const source = new EventSource(streamUrl(startAfter));
    source.addEventListener('open', () => traffic(1, 0));
    source.addEventListener('error', () => failed(realtimeLab.errors.streamInterrupted));
    const onEvent = (message: MessageEvent<string>) => {
      traffic(0, byteLength(`id: ${message.lastEventId}\nevent: ${message.type}\ndata: ${message.data}\n\n`));
      received([JSON.parse(message.data) as FeedEvent]);
    };
    for (const type of ORDER_EVENT_TYPES) source.addEventListener(type, onEvent);
    return () => source.close();
  }, [startAfter, received, traffic, failed]);
  return log;
}
