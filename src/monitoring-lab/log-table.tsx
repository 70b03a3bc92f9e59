import type { LogLine } from './monitoring-api';

/** Log lines as a table, newest last; a request id is a button that shows that request's lines. */
export function LogTable({ lines, onRequest }: { lines: readonly LogLine[]; onRequest: (requestId: string) => void }) {
  if (lines.length === 0) return <p className="mon-muted">No log lines match. Send a request (a Try-it in a chapter, or the dashboard's traffic) or loosen the filters.</p>;
  return (
    <table className="mon-table mon-log" data-testid="log-table">
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Level</th>
          <th scope="col">Event</th>
          <th scope="col">Request id</th>
          <th scope="col">Route</th>
          <th scope="col">Status</th>
          <th scope="col">Message</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.seq} className={`mon-level-${line.level}`} data-testid="log-line" data-request-id={line.request_id} data-event={line.event}>
            <td>{new Date(line.timestamp).toLocaleTimeString(undefined, { hour12: false })}</td>
            <td>{line.level}</td>
            <td>{line.event}</td>
            <td>
              <button type="button" className="mon-link" onClick={() => onRequest(line.request_id)} title="Show every line of this request">
                {line.request_id}
              </button>
            </td>
            <td>
              <code>
                {line.method} {line.route}
              </code>
            </td>
            <td>{line.status ?? ''}</td>
            <td>
              {line.message}
              {line.duration_ms !== undefined && <span className="mon-muted"> · {line.duration_ms} ms</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
