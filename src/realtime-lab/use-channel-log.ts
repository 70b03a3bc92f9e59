import { useCallback, useState } from 'react';
import { countTraffic, emptyLog, receive, type ChannelLog, type FeedEvent } from './channel-log';

export interface ChannelRecorder {
  log: ChannelLog;
  /** Events arrived now. */
  received(events: readonly FeedEvent[]): void;
  /** A request or connection made, and the bytes it carried. */
  traffic(requests: number, bytes: number): void;
  failed(message: string): void;
}

/** React state for one channel's log, with stable callbacks the channel hooks call. */
export function useChannelLog(startAfter: number): ChannelRecorder {
  const [log, setLog] = useState(() => emptyLog(startAfter));
  const received = useCallback((events: readonly FeedEvent[]) => setLog((current) => receive(current, events, Date.now())), []);
  const traffic = useCallback((requests: number, bytes: number) => setLog((current) => countTraffic(current, requests, bytes)), []);
  const failed = useCallback((message: string) => setLog((current) => ({ ...current, error: message })), []);
  return { log, received, traffic, failed };
}
