import { useEffect } from 'react';
import { Link } from 'wouter';
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
    document.title = 'Monitoring dashboard · API Design Workbench';
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
      <h1>Monitoring dashboard</h1>
      <p className="page-intro">
        The sandbox observes every request once and reports it four ways: Prometheus metrics, a structured log (see the{' '}
        <Link href="/labs/logs">log viewer</Link>), usage analytics, and its SLOs with alerts. Send traffic, then break the payment provider and
        watch the error rate climb and an alert go from pending to firing. <Link href="/chapters/monitoring">Chapter 11</Link> explains each view.
      </p>
      {error && <p className="mon-problem">{error}</p>}

      <section className="mon-panel" aria-labelledby="mon-traffic">
        <h2 id="mon-traffic">Traffic and failures</h2>
        <TrafficControls onChange={refreshAll} />
      </section>

      <section className="mon-panel" aria-labelledby="mon-red">
        <h2 id="mon-red">Rate, errors, duration — last {WINDOW}</h2>
        {analytics.value && series ? (
          <>
            <p className="mon-note" data-testid="totals">
              {analytics.value.totals.requests} requests from {analytics.value.unique_clients} {analytics.value.unique_clients === 1 ? 'client' : 'clients'} · {analytics.value.totals.client_errors} client
              errors · {analytics.value.totals.server_errors} server errors · p50 {duration(analytics.value.latency_ms.p50)} · p95{' '}
              {duration(analytics.value.latency_ms.p95)} · p99 {duration(analytics.value.latency_ms.p99)}
            </p>
            <div className="mon-charts">
              <LineChart testId="chart-rate" title="Requests per second" current={perSecond(latest(series.rate))} values={series.rate} format={(v) => `${v}`} />
              <LineChart
                testId="chart-errors"
                title="Error rate"
                current={percent(latest(series.errorRate), 1)}
                values={series.errorRate}
                format={(v) => `${Math.round(v * 100)}%`}
                yMax={1}
                threshold={{ value: 0.05, label: 'critical 5 %' }}
              />
              <LineChart
                testId="chart-p95"
                title="p95 latency"
                current={duration(latest(series.p95))}
                values={series.p95}
                format={(v) => `${v}`}
                floor={100}
                threshold={{ value: 500, label: 'objective 500 ms' }}
              />
            </div>
            <p className="mon-muted">Each point is a {series.stepSeconds} s slice; a gap is a slice without requests.</p>
            <div className="mon-tables">
              <EndpointTable caption="Busiest endpoints" endpoints={analytics.value.top_endpoints} />
              <EndpointTable caption="Slowest endpoints (p95)" endpoints={analytics.value.slowest_endpoints} />
            </div>
          </>
        ) : (
          <p>Reading the analytics…</p>
        )}
      </section>

      <section className="mon-panel" aria-labelledby="mon-sla">
        <h2 id="mon-sla">SLA and alerts</h2>
        <SlaPanel sla={sla.value} />
      </section>

      <section className="mon-panel" aria-labelledby="mon-metrics">
        <h2 id="mon-metrics">
          Raw <code>/metrics</code>
        </h2>
        <p className="mon-muted">What a Prometheus server scrapes every few seconds. Route labels are templates, never raw paths.</p>
        <pre className="mon-metrics" data-testid="metrics-text" tabIndex={0}>
          {metrics.value ?? 'Scraping…'}
        </pre>
      </section>
    </div>
  );
}
