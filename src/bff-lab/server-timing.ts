/**
 * Reads a Server-Timing header (W3C Server Timing) into metrics: `name;dur=80;desc="timeout"`.
 * The browser's PerformanceResourceTiming.serverTiming would do the same, but only for
 * requests that reach the network; the sandbox answers inside the service worker, so the lab
 * reads the header itself.
 */

export interface TimingMetric {
  name: string;
  /** Milliseconds; 0 when the metric has no dur. */
  duration: number;
  description: string | null;
}

/** Parses a Server-Timing header value; malformed entries are skipped, not thrown. */
export function parseServerTiming(header: string | null): TimingMetric[] {
  if (!header) return [];
  return header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [name, ...params] = entry.split(';').map((part) => part.trim());
      let duration = 0;
      let description: string | null = null;
      for (const param of params) {
        const [key, raw = ''] = param.split('=');
        const value = raw.replace(/^"(.*)"$/, '$1');
        if (key === 'dur' && Number.isFinite(Number(value))) duration = Number(value);
        if (key === 'desc') description = value;
      }
      return { name: name ?? '', duration, description };
    })
    .filter((metric) => /^[\w.-]+$/.test(metric.name));
}

/** The upstream calls of a response (every metric but `total`) and the total. */
export function splitTotal(metrics: readonly TimingMetric[]): { calls: TimingMetric[]; total: number | null } {
  const total = metrics.find((metric) => metric.name === 'total');
  return { calls: metrics.filter((metric) => metric.name !== 'total'), total: total ? total.duration : null };
}
