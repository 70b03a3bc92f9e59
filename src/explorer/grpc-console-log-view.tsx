import { useCallback, useEffect, useState } from 'react';
import { clearCallLog, readCallLog, shortProcedure, type GrpcCallEntry } from './grpc-console-call-log';

const POLL_MS = 2000;

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
        <h2 id="grpc-log-title">Call log</h2>
        <button type="button" onClick={() => void clear()}>Clear log</button>
      </div>
      <p className="grpc-note">
        Written by the sandbox's logging interceptor, the outermost one, so it also lists calls that auth refused. Sizes are the
        messages in the call's own codec. Also at <code>GET /api/v1/sandbox/grpc-calls</code>.
      </p>
      {problem && <p role="alert" className="grpc-error">{problem}</p>}
      <div className="grpc-table" data-testid="call-log">
        <table>
          <caption>{entries.length === 0 ? 'No calls yet. Send one above.' : `${entries.length} ${entries.length === 1 ? 'call' : 'calls'}, newest first`}</caption>
          <thead>
            <tr>
              <th scope="col">Method</th>
              <th scope="col">Protocol</th>
              <th scope="col">Codec</th>
              <th scope="col">Code</th>
              <th scope="col">ms</th>
              <th scope="col">Request bytes</th>
              <th scope="col">Response bytes</th>
              <th scope="col">Messages</th>
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
