import { logViewer } from '@messages/log-viewer';
import { monitoringLab } from '@messages/monitoring-lab';
import type { LogLine } from './monitoring-api';

const m = logViewer.table;

/** Log lines as a table, newest last; a request id is a button that shows that request's lines. */
export function LogTable({ lines, onRequest }: { lines: readonly LogLine[]; onRequest: (requestId: string) => void }) {
  if (lines.length === 0) return <p className="mon-muted">{m.none}</p>;
  return (
    <table className="mon-table mon-log" data-testid="log-table">
      <thead>
        <tr>
          <th scope="col">{m.columns.time}</th>
          <th scope="col">{m.columns.level}</th>
          <th scope="col">{m.columns.event}</th>
          <th scope="col">{m.columns.requestId}</th>
          <th scope="col">{m.columns.route}</th>
          <th scope="col">{m.columns.status}</th>
          <th scope="col">{m.columns.message}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.seq} className={`mon-level-${line.level}`} data-testid="log-line" data-request-id={line.request_id} data-event={line.event}>
            <td>{new Date(line.timestamp).toLocaleTimeString(undefined, { hour12: false })}</td>
            <td>{line.level}</td>
            <td>{line.event}</td>
            <td>
              <button type="button" className="mon-link" onClick={() => onRequest(line.request_id)} title={m.showRequest}>
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
              {line.duration_ms !== undefined && <span className="mon-muted"> · {monitoringLab.units.ms(line.duration_ms)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
