import { useEffect } from 'react';
import { Link } from 'wouter';
import { monitoringLab as m } from '@messages/monitoring-lab';
import { richText } from '../messages/rich-text';
import { dashboardSeries, latest } from './dashboard-series';
import { EndpointTable } from './endpoint-table';
import { duration, percent, perSecond } from './format';
import { LineChart } from './line-chart';
import { readAnalytics, readMetricsText, readSla } from './monitoring-api';
import { SlaPanel } from './sla-panel';
import { TrafficControls } from './traffic-controls';
import { usePoll } from './use-poll';
import './monitoring-lab.css';

/** The window the charts show: 5 minutes in 30 slices of 10 s. */
const WINDOW = '5m';
const POLL_MS = 2000;

/**
 * `/labs/monitoring`: a live dashboard of the sandbox. RED charts from the analytics
 * series, the busiest and slowest endpoints, the SLA panel with its alerts, and the raw
 * /metrics text a Prometheus server would scrape. Everything is read from the sandbox's
 * own observability routes, the same ones chapter 11's Try-its call.
 */
export default function MonitoringLab() {
  const analytics = usePoll(() => readAnalytics(WINDOW), POLL_MS);
  const sla = usePoll(readSla, POLL_MS);
  const metrics = usePoll(readMetricsText, 5000);

  useEffect(() => {
    document.title = m.documentTitle;
  }, []);

  const refreshAll = () => {
    void analytics.refresh();
    void sla.refresh();
    void metrics.refresh();
  };

  const series = analytics.value ? dashboardSeries(analytics.value.series) : null;
  const error = analytics.error ?? sla.error ?? metrics.error;

  return (
    <div className="page mon-lab">
      <h1>{m.title}</h1>
      <p className="page-intro">
        {richText(m.intro, {
          logs: <Link href="/labs/logs">{m.logsLink}</Link>,
          chapter: <Link href="/chapters/monitoring">{m.chapterLink}</Link>,
        })}
      </p>
      {error && <p className="mon-problem">{error}</p>}

      <section className="mon-panel" aria-labelledby="mon-traffic">
        <h2 id="mon-traffic">{m.traffic.title}</h2>
        <TrafficControls onChange={refreshAll} />
      </section>

      <section className="mon-panel" aria-labelledby="mon-red">
        <h2 id="mon-red">{m.red.title(WINDOW)}</h2>
        {analytics.value && series ? (
          <>
            <p className="mon-note" data-testid="totals">
              {m.red.totals({
                requests: analytics.value.totals.requests,
                clients: analytics.value.unique_clients,
                clientErrors: analytics.value.totals.client_errors,
                serverErrors: analytics.value.totals.server_errors,
                p50: duration(analytics.value.latency_ms.p50),
                p95: duration(analytics.value.latency_ms.p95),
                p99: duration(analytics.value.latency_ms.p99),
              })}
            </p>
            <div className="mon-charts">
              <LineChart testId="chart-rate" title={m.red.rate} current={perSecond(latest(series.rate))} values={series.rate} format={(v) => `${v}`} />
              <LineChart
                testId="chart-errors"
                title={m.red.errorRate}
                current={percent(latest(series.errorRate), 1)}
                values={series.errorRate}
                format={(v) => `${Math.round(v * 100)}%`}
                yMax={1}
                threshold={{ value: 0.05, label: m.red.criticalLine }}
              />
              <LineChart
                testId="chart-p95"
                title={m.red.p95}
                current={duration(latest(series.p95))}
                values={series.p95}
                format={(v) => `${v}`}
                floor={100}
                threshold={{ value: 500, label: m.red.objectiveLine }}
              />
            </div>
            <p className="mon-muted">{m.red.slice(series.stepSeconds)}</p>
            <div className="mon-tables">
              <EndpointTable caption={m.red.busiest} endpoints={analytics.value.top_endpoints} />
              <EndpointTable caption={m.red.slowest} endpoints={analytics.value.slowest_endpoints} />
            </div>
          </>
        ) : (
          <p>{m.red.reading}</p>
        )}
      </section>

      <section className="mon-panel" aria-labelledby="mon-sla">
        <h2 id="mon-sla">{m.sla.title}</h2>
        <SlaPanel sla={sla.value} />
      </section>

      <section className="mon-panel" aria-labelledby="mon-metrics">
        <h2 id="mon-metrics">{richText(m.metrics.title, { path: <code>{'/metrics'}</code> })}</h2>
        <p className="mon-muted">{m.metrics.note}</p>
        <pre className="mon-metrics" data-testid="metrics-text" tabIndex={0}>
          {metrics.value ?? m.metrics.scraping}
        </pre>
      </section>
    </div>
  );
}
