import { realtimeLab } from '@messages/realtime-lab';
import { useEffect } from 'react';
import { byteLength, type ChannelLog, type FeedEvent } from './channel-log';
import { EVENT_TYPES, socketUrl } from './feed-paths';
import { useChannelLog } from './use-channel-log';

/** Pause before reconnecting a closed socket. */
const RECONNECT_MS = 2_000;

/**
 * A WebSocket to /api/v1/realtime: one connection, messages both ways. The page subscribes
 * to order events with `after` (the last id it has), so a reconnect replays what it missed.
 * In the browser the socket is answered inside the page by MSW; with `npm run sandbox`, by
 * the real server. Bytes count the JSON text both ways.
 */
export function useWebSocketChannel(startAfter: number): ChannelLog {
  const { log, received, traffic, failed } = useChannelLog(startAfter);
  useEffect(() => {
    let lastId = startAfter;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let left = false;

    const connect = () => {
      const current = new WebSocket(socketUrl());
      socket = current;
      current.addEventListener('open', () => {
        const subscribe = JSON.stringify({ type: 'subscribe', id: 'lab', topics: [EVENT_TYPES], after: lastId });
        current.send(subscribe);
        traffic(1, byteLength(subscribe));
      });
      current.addEventListener('message', (message: MessageEvent) => {
        const text = String(message.data);
        traffic(0, byteLength(text));
        const parsed = JSON.parse(text) as { type: string; event?: FeedEvent; message?: string };
        if (parsed.type === 'event' && parsed.event) {
          lastId = Math.max(lastId, parsed.event.id);
          received([parsed.event]);
        } else if (parsed.type === 'error') {
          failed(parsed.message ?? realtimeLab.errors.socketRefused);
        }
      });
      current.addEventListener('close', () => {
        if (left) return;
        failed(realtimeLab.errors.socketClosed);
        timer = setTimeout(connect, RECONNECT_MS);
      });
    };
    connect();
    return () => {
      left = true;
      clearTimeout(timer);
      socket?.close(1000, 'The page was left.');
    };
  }, [startAfter, received, traffic, failed]);
  return log;
}
