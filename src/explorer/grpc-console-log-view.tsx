import { useCallback, useEffect, useState } from 'react';
import { grpcConsole } from '@messages/grpc-console';
import { richText } from '../messages/rich-text';
import { clearCallLog, readCallLog, shortProcedure, type GrpcCallEntry } from './grpc-console-call-log';

const POLL_MS = 2000;
const m = grpcConsole.log;

/**
 * The live call log: what the sandbox's logging interceptor recorded, re-read after each
 * call the console makes (`version` changes) and every two seconds, so calls sent from a
 * chapter's Try-it or from curl show up too.
 */
export function GrpcCallLogView({ version }: { version: number }) {
  const [entries, setEntries] = useState<GrpcCallEntry[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setEntries(await readCallLog());
      setProblem(null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh, version]);

  useEffect(() => {
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  async function clear() {
    try {
      await clearCallLog();
      await refresh();
    } catch (error) {
      setProblem((error as Error).message);
    }
  }

  return (
    <section className="grpc-panel" aria-labelledby="grpc-log-title">
      <div className="grpc-row">
        <h2 id="grpc-log-title">{m.title}</h2>
        <button type="button" onClick={() => void clear()}>{m.clear}</button>
      </div>
      <p className="grpc-note">
        {richText(m.note, { endpoint: <code>{'GET /api/v1/sandbox/grpc-calls'}</code> })}
      </p>
      {problem && <p role="alert" className="grpc-error">{problem}</p>}
      <div className="grpc-table" data-testid="call-log">
        <table>
          <caption>{entries.length === 0 ? m.empty : m.count(entries.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{m.columns.method}</th>
              <th scope="col">{m.columns.protocol}</th>
              <th scope="col">{m.columns.codec}</th>
              <th scope="col">{m.columns.code}</th>
              <th scope="col">{m.columns.ms}</th>
              <th scope="col">{m.columns.requestBytes}</th>
              <th scope="col">{m.columns.responseBytes}</th>
              <th scope="col">{m.columns.messages}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} title={entry.message}>
                <td>{shortProcedure(entry.procedure)}</td>
                <td>{entry.protocol}</td>
                <td>{entry.codec}</td>
                <td className={entry.code === 'ok' ? 'status-ok' : 'status-fail'}>{entry.code}</td>
                <td>{entry.duration_ms}</td>
                <td>{entry.request_bytes}</td>
                <td>{entry.response_bytes}</td>
                <td>{entry.response_messages}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
