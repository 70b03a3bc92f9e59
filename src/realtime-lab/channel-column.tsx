import { realtimeLab } from '@messages/realtime-lab';
import { describeEvent, formatBytes, medianLatency, type ChannelLog } from './channel-log';

const m = realtimeLab.column;

interface ChannelColumnProps {
  id: string;
  title: string;
  /** How the channel works, in a sentence. */
  how: string;
  /** What "requests" counts for this channel. */
  requestsLabel: string;
  log: ChannelLog;
}

/** One channel's column: its counters and the events it received, newest first. */
export function ChannelColumn({ id, title, how, requestsLabel, log }: ChannelColumnProps) {
  const median = medianLatency(log);
  return (
    <section className="rt-column" aria-labelledby={`rt-${id}-title`} data-testid={`channel-${id}`}>
      <h2 id={`rt-${id}-title`}>{title}</h2>
      <p className="rt-how">{how}</p>
      <dl className="rt-counters">
        <div>
          <dt>{m.events}</dt>
          <dd data-testid={`${id}-events`}>{log.received.length}</dd>
        </div>
        <div>
          <dt>{requestsLabel}</dt>
          <dd data-testid={`${id}-requests`}>{log.requests}</dd>
        </div>
        <div>
          <dt>{m.bytes}</dt>
          <dd>{formatBytes(log.bytes)}</dd>
        </div>
        <div>
          <dt>{m.medianLatency}</dt>
          <dd data-testid={`${id}-latency`}>{median === null ? '–' : m.ms(median)}</dd>
        </div>
      </dl>
      {log.error && (
        <p className="rt-error" role="status">
          {log.error}
        </p>
      )}
      <ol className="rt-events" aria-label={m.receivedBy(title)}>
        {log.received.map(({ event, latencyMs }) => (
          <li key={event.id}>
            <span className="rt-event-id">#{event.id}</span> <span className="rt-event-text">{describeEvent(event)}</span>{' '}
            <span className="rt-latency">{m.ms(latencyMs)}</span>
          </li>
        ))}
      </ol>
      {log.received.length === 0 && <p className="muted rt-empty">{m.none}</p>}
    </section>
  );
}
