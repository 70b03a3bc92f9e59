import { loadLab } from '@messages/load-lab';
import type { LatencySummary, RunSummary } from './stats';

export interface SummaryTableProps {
  summary: RunSummary;
}

const m = loadLab.summary;

const ms = (value: number) => (Number.isNaN(value) ? '–' : `${Math.round(value)}`);

function Row({ name, row }: { name: string; row: LatencySummary }) {
  return (
    <tr data-testid="summary-row" data-task={name}>
      <th scope="row">{m.tasks[name] ?? name}</th>
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
          <dt>{m.requests}</dt>
          <dd data-testid="total-requests">{summary.requests}</dd>
        </div>
        <div>
          <dt>{m.throughput}</dt>
          <dd>{m.perSecond(summary.throughput.toFixed(1))}</dd>
        </div>
        <div>
          <dt>{m.percentiles}</dt>
          <dd data-testid="percentiles">
            {m.ms(ms(summary.p50), ms(summary.p95), ms(summary.p99))}
          </dd>
        </div>
        <div>
          <dt>{m.count429}</dt>
          <dd data-testid="total-429">{summary.counts['429']}</dd>
        </div>
        <div>
          <dt>{m.not2xx}</dt>
          <dd>{m.share((summary.failureRate * 100).toFixed(1))}</dd>
        </div>
        <div>
          <dt>{m.waits}</dt>
          <dd>{m.seconds((summary.backoffMs / 1000).toFixed(1))}</dd>
        </div>
      </dl>
      <table className="ll-table">
        <caption>{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.task}</th>
            <th scope="col">{m.columns.requests}</th>
            <th scope="col">{'2xx'}</th>
            <th scope="col">{'4xx'}</th>
            <th scope="col">429</th>
            <th scope="col">{m.columns.noAnswer}</th>
            <th scope="col">{'p50'}</th>
            <th scope="col">{'p95'}</th>
            <th scope="col">{'p99'}</th>
            <th scope="col">{m.columns.max}</th>
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
