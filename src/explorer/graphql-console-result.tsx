import { statusClass, statusLine } from '../reader/try-it-request';
import { graphqlConsole } from '@messages/graphql-console';
import type { GraphqlRun, SubscriptionEvent } from './graphql-console-request';

const m = graphqlConsole.result;

/** The store-read log from `extensions.storeReadLog`, when the answer has one. */
function readLog(body: unknown): string[] {
  const log = (body as { extensions?: { storeReadLog?: unknown } } | null)?.extensions?.storeReadLog;
  return Array.isArray(log) ? log.filter((entry): entry is string => typeof entry === 'string') : [];
}

/** The answer to the last query or mutation: status, what it cost the server, and the JSON. */
export function RunResult({ run }: { run: GraphqlRun }) {
  const log = readLog(run.body);
  return (
    <div className="gql-result" data-testid="gql-result">
      <p className={`gql-status ${statusClass(run.status)}`}>{statusLine(run.status)}</p>
      <dl className="gql-metrics">
        <div>
          <dt>{m.storeReads}</dt>
          <dd data-testid="store-reads">{run.storeReads ?? '—'}</dd>
        </div>
        <div>
          <dt>{m.dataLoader}</dt>
          <dd data-testid="data-loader">{run.dataLoader ?? '—'}</dd>
        </div>
        <div>
          <dt>{m.bytes}</dt>
          <dd>
            {run.requestBytes} / {run.responseBytes}
          </dd>
        </div>
        <div>
          <dt>{m.time}</dt>
          <dd>{m.ms(run.ms)}</dd>
        </div>
      </dl>
      {log.length > 0 && (
        <details className="gql-read-log">
          <summary>{m.readLog(log.length)}</summary>
          <ol>
            {log.map((entry, i) => (
              <li key={i}>
                <code>{entry}</code>
              </li>
            ))}
          </ol>
        </details>
      )}
      <pre className="gql-json" tabIndex={0} aria-label={m.body}>
        {run.body === null ? m.notJson : JSON.stringify(run.body, null, 2)}
      </pre>
    </div>
  );
}

/** The events of a running or finished subscription, newest last. */
export function SubscriptionEvents({ events, running, onStop }: { events: SubscriptionEvent[]; running: boolean; onStop(): void }) {
  return (
    <section className="gql-stream" aria-labelledby="gql-stream-title">
      <h2 id="gql-stream-title">{graphqlConsole.stream.title}</h2>
      <p role="status">
        {running ? graphqlConsole.stream.listening(events.length) : graphqlConsole.stream.ended(events.length)}
      </p>
      {running && (
        <button type="button" onClick={onStop}>
          {graphqlConsole.stream.stop}
        </button>
      )}
      <ol className="gql-events" data-testid="gql-events">
        {events.map((event, i) => (
          <li key={i}>
            <pre>{JSON.stringify(event, null, 2)}</pre>
          </li>
        ))}
      </ol>
    </section>
  );
}
