/** The monitoring dashboard (/labs/monitoring): traffic controls, RED charts, endpoints, SLA panel and raw metrics. */
export const monitoringLab = {
  documentTitle: 'Monitoring dashboard · API Design Workbench',
  title: 'Monitoring dashboard',
  intro:
    'The sandbox observes every request once and reports it four ways: Prometheus metrics, a structured log (see the {logs}), usage analytics, and its SLOs with alerts. Send traffic, then break the payment provider and watch the error rate climb and an alert go from pending to firing. {chapter} explains each view.',
  logsLink: 'log viewer',
  chapterLink: 'Chapter 11',
  units: {
    noData: '—',
    percent: (value: number) => `${value} %`,
    ms: (ms: number) => `${ms} ms`,
    seconds: (s: number) => `${s} s`,
    perSecond: (rate: number) => `${rate}/s`,
  },
  traffic: {
    title: 'Traffic and failures',
    sending: 'Sending…',
    generate: (seconds: number) => `Generate traffic (${seconds} s)`,
    stop: 'Stop',
    skip: 'Skip 30 s',
    provider: 'Payment provider',
    providerLabel: 'Payment provider:',
    modes: {
      healthy: { label: 'Healthy provider', says: 'The payment provider works again; traffic is reads only.' },
      failing: {
        label: 'Inject failures',
        says: 'Every charge now fails: one request in four is a payment that answers 502 (then 503 once the breaker opens).',
      },
      slow: { label: 'Slow provider', says: 'Every charge now waits 800 ms: one request in four is a slow payment, which lifts p95.' },
    },
    sent: (n: number) => `Sent ${n} requests.`,
    skipped: 'The sandbox clock moved 30 s forward: a violation that is still there has now lasted long enough to fire.',
    progress: (sent: number, byStatus: string) => `${sent} sent · ${byStatus}. `,
  },
  red: {
    title: (window: string) => `Rate, errors, duration — last ${window}`,
    totals: (t: { requests: number; clients: number; clientErrors: number; serverErrors: number; p50: string; p95: string; p99: string }) =>
      `${t.requests} requests from ${t.clients} ${t.clients === 1 ? 'client' : 'clients'} · ${t.clientErrors} client errors · ${t.serverErrors} server errors · p50 ${t.p50} · p95 ${t.p95} · p99 ${t.p99}`,
    rate: 'Requests per second',
    errorRate: 'Error rate',
    criticalLine: 'critical 5 %',
    p95: 'p95 latency',
    objectiveLine: 'objective 500 ms',
    slice: (seconds: number) => `Each point is a ${seconds} s slice; a gap is a slice without requests.`,
    busiest: 'Busiest endpoints',
    slowest: 'Slowest endpoints (p95)',
    reading: 'Reading the analytics…',
    chartLabel: (title: string, current: string) => `${title} over the window, now ${current}`,
  },
  endpoints: {
    columns: { endpoint: 'Endpoint', requests: 'Requests', errors: 'Errors', p95: 'p95' },
    none: 'No requests in this window yet: send some traffic.',
    errors: (n: number, share: string) => `${n} (${share})`,
  },
  sla: {
    title: 'SLA and alerts',
    reading: 'Reading the SLOs…',
    window: (duration: string, requests: number, method: string) =>
      `Over the last ${duration} (${requests} requests). Percentiles by ${method}. Overall: `,
    status: { ok: 'ok', warning: 'warning', critical: 'critical', no_data: 'no data' },
    severity: { warning: 'warning', critical: 'critical' },
    objective: (objective: string, thresholds: string) => `objective ${objective}; ${thresholds}`,
    budget: (text: string) => `Error budget: ${text}`,
    activeAlerts: 'Active alerts',
    noAlerts: 'None. An SLO that is violated opens a pending alert, which fires once the violation has lasted its {for} time.',
    resolved: (n: number) => `Resolved (${n})`,
    resolvedLine: (slo: string, peak: string, fired: string, resolved: string) => `${slo}, peak ${peak}: fired ${fired}, resolved ${resolved}`,
    names: { availability: 'Availability', latency_p95: 'p95 latency', error_rate: 'Error rate' },
    noValue: 'no data',
    thresholds: (direction: 'min' | 'max', warning: string, critical: string) => {
      const side = direction === 'min' ? 'below' : 'above';
      return `warning ${side} ${warning}, critical ${side} ${critical}`;
    },
    budgetUsed: (used: number, allowed: number, share: string) => `${used} bad of ${allowed} allowed (${share} of the budget used)`,
    pending: (severity: string, active: number, forSeconds: number) => `${severity} · pending ${active} of ${forSeconds} s`,
    firing: (severity: string, seconds: number) => `${severity} · firing for ${seconds} s`,
  },
  metrics: {
    title: 'Raw {path}',
    note: 'What a Prometheus server scrapes every few seconds. Route labels are templates, never raw paths.',
    scraping: 'Scraping…',
  },
  apiFailed: (method: string, path: string, status: number) => `${method} ${path} answered HTTP ${status}.`,
};
