import type { LatencySummary, RunSummary } from './stats';

export interface SummaryTableProps {
  summary: RunSummary;
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : `${Math.round(value)}`);

function Row({ name, row }: { name: string; row: LatencySummary }) {
  return (
    <tr data-testid="summary-row" data-task={name}>
      <th scope="row">{name}</th>
      <td>{row.requests}</td>
      <td>{row.counts['2xx']}</td>
      <td>{row.counts['4xx']}</td>
      <td data-testid={`count-429-${name}`}>{row.counts['429']}</td>
      <td>{row.counts['5xx'] + row.counts.other}</td>
      <td>{ms(row.p50)}</td>
      <td>{ms(row.p95)}</td>
      <td>{ms(row.p99)}</td>
      <td>{ms(row.maxMs)}</td>
    </tr>
  );
}

/** The run in numbers: totals first, then one row per task. Percentiles are nearest-rank over answered requests. */
export function SummaryTable({ summary }: SummaryTableProps) {
  return (
    <div className="ll-summary">
      <dl className="ll-totals">
        <div>
          <dt>Requests</dt>
          <dd data-testid="total-requests">{summary.requests}</dd>
        </div>
        <div>
          <dt>Throughput</dt>
          <dd>{summary.throughput.toFixed(1)} req/s</dd>
        </div>
        <div>
          <dt>p50 / p95 / p99</dt>
          <dd data-testid="percentiles">
            {ms(summary.p50)} / {ms(summary.p95)} / {ms(summary.p99)} ms
          </dd>
        </div>
        <div>
          <dt>429s</dt>
          <dd data-testid="total-429">{summary.counts['429']}</dd>
        </div>
        <div>
          <dt>Not 2xx</dt>
          <dd>{(summary.failureRate * 100).toFixed(1)}%</dd>
        </div>
        <div>
          <dt>Retry-After waits (all users)</dt>
          <dd>{(summary.backoffMs / 1000).toFixed(1)} s</dd>
        </div>
      </dl>
      <table className="ll-table">
        <caption>By task (latency in ms, nearest-rank percentiles)</caption>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Requests</th>
            <th scope="col">2xx</th>
            <th scope="col">4xx</th>
            <th scope="col">429</th>
            <th scope="col">5xx / none</th>
            <th scope="col">p50</th>
            <th scope="col">p95</th>
            <th scope="col">p99</th>
            <th scope="col">max</th>
          </tr>
        </thead>
        <tbody>
          {summary.byTask.map(({ task, ...row }) => (
            <Row key={task} name={task} row={row} />
          ))}
          <Row name="all" row={summary} />
        </tbody>
      </table>
    </div>
  );
}
