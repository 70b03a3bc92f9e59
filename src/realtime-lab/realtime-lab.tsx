import { useEffect, useState } from 'react';
import { sandboxReady } from '../app/sandbox-ready';
import { ChannelColumn } from './channel-column';
import { failureText } from './feed-paths';
import { OrderControls } from './order-controls';
import { useLongPollChannel } from './use-long-poll-channel';
import { usePollingChannel } from './use-polling-channel';
import { useSseChannel } from './use-sse-channel';
import { useWebSocketChannel } from './use-websocket-channel';
import './realtime-lab.css';

const POLL_INTERVALS = [1, 2, 5] as const;

/**
 * `/labs/realtime`: polling, long polling, Server-Sent Events and a WebSocket side by side
 * on the sandbox's one event feed. All four start after the same event id, so they show the
 * same events; the counters show what each way of waiting costs.
 */
export default function RealtimeLab() {
  const [startAfter, setStartAfter] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Real-time lab · API Design Workbench';
    let live = true;
    // One starting point for all four: the newest event now, so every column shows what happens from here.
    sandboxReady()
      .then(() => fetch('/api/v1/events?limit=1'))
      .then(async (response) => {
        const text = await response.text();
        if (!response.ok) throw new Error(`GET /api/v1/events: ${failureText(response.status, text)}`);
        if (live) setStartAfter((JSON.parse(text) as { meta: { latest_id: number } }).meta.latest_id);
      })
      .catch((error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="page rt-lab">
      <h1>Real-time lab</h1>
      <p className="page-intro">
        Four ways for a client to learn that something happened, all reading the same event feed of the sandbox. Create
        an order, pay it, ship it, and send a courier out: each change is published once, and every column should show the
        same events with the same ids. Compare how many requests each needed and how late the events arrived.
      </p>
      {problem && (
        <p className="error-box" role="alert">
          {problem}
        </p>
      )}
      {startAfter === null ? (
        !problem && (
          <p className="muted" role="status">
            Starting the sandbox…
          </p>
        )
      ) : (
        <>
          <OrderControls />
          <Channels startAfter={startAfter} />
        </>
      )}
      <section className="rt-explain" aria-labelledby="rt-explain-title">
        <h2 id="rt-explain-title">What the numbers say</h2>
        <ul>
          <li>
            <strong>Polling</strong> asks on a timer. Most answers are empty, and an event waits up to one interval before
            anyone asks for it.
          </li>
          <li>
            <strong>Long polling</strong> asks once and the sandbox holds the request until there is news (at most 25 s),
            then the client asks again at once. One request per batch of events, latency of one round trip.
          </li>
          <li>
            <strong>Server-Sent Events</strong> keep one response open and the sandbox writes each event into it. If it
            drops, EventSource reconnects and sends <code>Last-Event-ID</code>; the sandbox replays what was missed.
          </li>
          <li>
            <strong>WebSocket</strong> keeps one two-way connection. The page subscribes with <code>after</code>, the last
            id it saw, so a reconnect misses nothing either.
          </li>
          <li>
            <strong>Latency</strong> runs from the event’s <code>occurred_at</code> to the moment the page got it. The
            sandbox lives in this page, so there is no network in between: the differences come from how each channel
            waits. The WebSocket is answered inside the page itself (MSW), the other three go through the service worker.
          </li>
        </ul>
      </section>
    </div>
  );
}

/** The four columns; mounted once the starting event id is known. */
function Channels({ startAfter }: { startAfter: number }) {
  const [intervalS, setIntervalS] = useState<(typeof POLL_INTERVALS)[number]>(2);
  const polling = usePollingChannel(startAfter, intervalS * 1000);
  const longPolling = useLongPollChannel(startAfter);
  const sse = useSseChannel(startAfter);
  const socket = useWebSocketChannel(startAfter);
  return (
    <>
      <label className="rt-interval">
        Polling interval{' '}
        <select value={intervalS} onChange={(event) => setIntervalS(Number(event.target.value) as (typeof POLL_INTERVALS)[number])}>
          {POLL_INTERVALS.map((seconds) => (
            <option key={seconds} value={seconds}>
              every {seconds} s
            </option>
          ))}
        </select>
      </label>
      <div className="rt-columns">
        <ChannelColumn id="polling" title="Polling" how={`GET /api/v1/events?after=… every ${intervalS} s.`} requestsLabel="Requests" log={polling} />
        <ChannelColumn id="long-polling" title="Long polling" how="GET /api/v1/notifications/poll?since=…&timeout=25, again as soon as it answers." requestsLabel="Requests" log={longPolling} />
        <ChannelColumn id="sse" title="Server-Sent Events" how="EventSource on GET /api/v1/events/stream, one open response." requestsLabel="Connections" log={sse} />
        <ChannelColumn id="websocket" title="WebSocket" how="ws://…/api/v1/realtime, subscribed to order.*." requestsLabel="Connections" log={socket} />
      </div>
    </>
  );
}
