import { monitoringLab } from '@messages/monitoring-lab';
import { duration, percent } from './format';
import type { EndpointStats } from './monitoring-api';

const m = monitoringLab.endpoints;

/** The busiest or the slowest endpoints: method + route template, requests, errors, p95. */
export function EndpointTable({ caption, endpoints }: { caption: string; endpoints: readonly EndpointStats[] }) {
  return (
    <table className="mon-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{m.columns.endpoint}</th>
          <th scope="col">{m.columns.requests}</th>
          <th scope="col">{m.columns.errors}</th>
          <th scope="col">{m.columns.p95}</th>
        </tr>
      </thead>
      <tbody>
        {endpoints.length === 0 && (
          <tr>
            <td colSpan={4}>{m.none}</td>
          </tr>
        )}
        {endpoints.slice(0, 5).map((endpoint) => (
          <tr key={`${endpoint.method} ${endpoint.route}`}>
            <td>
              <code>
                {endpoint.method} {endpoint.route}
              </code>
            </td>
            <td>{endpoint.requests}</td>
            <td>{endpoint.errors ? m.errors(endpoint.errors, percent(endpoint.error_rate, 1)) : '0'}</td>
            <td>{duration(endpoint.p95_ms)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
