import { useEffect, useState } from 'react';
import { realtimeLab as m } from '@messages/realtime-lab';
import { richText } from '../messages/rich-text';
import { sandboxReady } from '../app/sandbox-ready';
import { ChannelColumn } from './channel-column';
import { failureText } from './feed-paths';
import { OrderControls } from './order-controls';
import { useLongPollChannel } from './use-long-poll-channel';
import { usePollingChannel } from './use-polling-channel';
import { useSseChannel } from './use-sse-channel';
import { useWebSocketChannel } from './use-websocket-channel';
import './realtime-lab.css';

const c = m.channels;
const e = m.explain;
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
    document.title = m.documentTitle;
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
      <h1>{m.title}</h1>
      <p className="page-intro">{m.intro}</p>
      {problem && (
        <p className="error-box" role="alert">
          {problem}
        </p>
      )}
      {startAfter === null ? (
        !problem && (
          <p className="muted" role="status">
            {m.starting}
          </p>
        )
      ) : (
        <>
          <OrderControls />
          <Channels startAfter={startAfter} />
        </>
      )}
      <section className="rt-explain" aria-labelledby="rt-explain-title">
        <h2 id="rt-explain-title">{m.explainTitle}</h2>
        <ul>
          <li>{richText(e.polling, { name: <strong>{c.polling.title}</strong> })}</li>
          <li>{richText(e.longPolling, { name: <strong>{c.longPolling.title}</strong> })}</li>
          <li>{richText(e.sse, { name: <strong>{c.sse.title}</strong>, header: <code>{'Last-Event-ID'}</code> })}</li>
          <li>{richText(e.websocket, { name: <strong>{c.websocket.title}</strong>, after: <code>{'after'}</code> })}</li>
          <li>{richText(e.latency, { name: <strong>{e.latencyName}</strong>, field: <code>{'occurred_at'}</code> })}</li>
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
        {m.pollingInterval}{' '}
        <select value={intervalS} onChange={(event) => setIntervalS(Number(event.target.value) as (typeof POLL_INTERVALS)[number])}>
          {POLL_INTERVALS.map((seconds) => (
            <option key={seconds} value={seconds}>
              {m.every(seconds)}
            </option>
          ))}
        </select>
      </label>
      <div className="rt-columns">
        <ChannelColumn id="polling" title={c.polling.title} how={c.polling.how(intervalS)} requestsLabel={c.requests} log={polling} />
        <ChannelColumn id="long-polling" title={c.longPolling.title} how={c.longPolling.how} requestsLabel={c.requests} log={longPolling} />
        <ChannelColumn id="sse" title={c.sse.title} how={c.sse.how} requestsLabel={c.connections} log={sse} />
        <ChannelColumn id="websocket" title={c.websocket.title} how={c.websocket.how} requestsLabel={c.connections} log={socket} />
      </div>
    </>
  );
}
