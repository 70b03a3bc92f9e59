import { useEffect, useRef, useState } from 'react';
import { sandboxReady } from '../app/sandbox-ready';
import { socketUrl } from './lab-api';

/** One event from the sandbox's feed, as the WebSocket delivers it. */
export interface CityEvent {
  id: number;
  type: string;
  data: Record<string, unknown>;
  occurred_at: string;
}

const TOPICS = ['ride.*', 'driver.location_updated'];
const RECONNECT_MS = 2_000;

/**
 * Follows rides and driver locations over the WebSocket at /api/v1/realtime. Reconnects with
 * `after` set to the last event seen, so a dropped socket misses nothing. Returns whether the
 * socket is open; every event goes to `onEvent` (kept in a ref, so a new callback does not reconnect).
 */
export function useCityFeed(onEvent: (event: CityEvent) => void): boolean {
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const [open, setOpen] = useState(false);
  useEffect(() => {
    let lastId: number | undefined;
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let left = false;
    const connect = () => {
      const current = new WebSocket(socketUrl());
      socket = current;
      current.addEventListener('open', () => {
        current.send(JSON.stringify({ type: 'subscribe', id: 'city', topics: TOPICS, ...(lastId === undefined ? {} : { after: lastId }) }));
        setOpen(true);
      });
      current.addEventListener('message', (message: MessageEvent) => {
        const parsed = JSON.parse(String(message.data)) as { type: string; event?: CityEvent };
        if (parsed.type === 'event' && parsed.event) {
          lastId = parsed.event.id;
          handler.current(parsed.event);
        }
      });
      current.addEventListener('close', () => {
        setOpen(false);
        if (!left) timer = setTimeout(connect, RECONNECT_MS);
      });
    };
    void sandboxReady().then(() => {
      if (!left) connect();
    });
    return () => {
      left = true;
      clearTimeout(timer);
      socket?.close(1000, 'The page was left.');
    };
  }, []);
  return open;
}
