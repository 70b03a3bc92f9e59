/**
 * Just enough of a Prometheus client to expose the sandbox's metrics: counters, one gauge
 * and a histogram, written in the text exposition format 0.0.4 that every Prometheus
 * server (and most agents) scrape. Small on purpose, so chapter 11 can show all of it.
 * https://prometheus.io/docs/instrumenting/exposition_formats/
 */

export type Labels = Record<string, string>;

/** The Content-Type of the text format; scrapers read the version from it. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

interface Family {
  /** The `# HELP`, `# TYPE` and sample lines of this metric. */
  lines(): string[];
  reset(): void;
}

abstract class Metric<S> implements Family {
  protected readonly series = new Map<string, { labels: Labels; state: S }>();

  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: 'counter' | 'gauge' | 'histogram',
  ) {}

  protected abstract fresh(): S;
  protected abstract samples(labels: Labels, state: S): string[];

  /** The series of these label values, created at zero on first use. */
  protected at(labels: Labels): S {
    // Labels sorted by name: {a,b} and {b,a} are one series.
    const key = JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));
    let entry = this.series.get(key);
    if (!entry) {
      entry = { labels, state: this.fresh() };
      this.series.set(key, entry);
    }
    return entry.state;
  }

  lines(): string[] {
    const series = [...this.series.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, entry]) => entry);
    return [`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} ${this.type}`, ...series.flatMap(({ labels, state }) => this.samples(labels, state))];
  }

  reset(): void {
    this.series.clear();
  }
}

/** A value that only goes up (until reset): requests served, errors seen. */
export class Counter extends Metric<{ value: number }> {
  constructor(name: string, help: string) {
    super(name, help, 'counter');
  }
  protected fresh() {
    return { value: 0 };
  }
  protected samples(labels: Labels, state: { value: number }) {
    return [sample(this.name, labels, state.value)];
  }
  /** Adds `by` (default 1) to the series of these labels. */
  inc(labels: Labels = {}, by = 1): void {
    this.at(labels).value += by;
  }
}

/** A value that goes up and down: requests in flight right now. */
export class Gauge extends Metric<{ value: number }> {
  constructor(name: string, help: string) {
    super(name, help, 'gauge');
  }
  protected fresh() {
    return { value: 0 };
  }
  protected samples(labels: Labels, state: { value: number }) {
    return [sample(this.name, labels, state.value)];
  }
  /** Adds `by` (negative to subtract) to the series of these labels. */
  add(labels: Labels, by: number): void {
    this.at(labels).value += by;
  }
}

/**
 * Observations counted into buckets by upper bound: `_bucket{le="0.1"}` is how many took
 * at most 0.1 s (cumulative), plus `_sum` and `_count`. Percentiles are computed from the
 * buckets at query time, across instances, which averages can never do.
 */
export class Histogram extends Metric<{ counts: number[]; sum: number; count: number }> {
  constructor(
    name: string,
    help: string,
    readonly buckets: readonly number[],
  ) {
    super(name, help, 'histogram');
    if (buckets.some((bound, index) => index > 0 && bound <= buckets[index - 1]!)) {
      throw new Error(`Histogram ${name}: buckets must be increasing; got ${buckets.join(', ')}.`);
    }
  }
  protected fresh() {
    return { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
  }
  protected samples(labels: Labels, state: { counts: number[]; sum: number; count: number }) {
    return [
      ...this.buckets.map((bound, index) => sample(`${this.name}_bucket`, { ...labels, le: formatNumber(bound) }, state.counts[index]!)),
      sample(`${this.name}_bucket`, { ...labels, le: '+Inf' }, state.count),
      sample(`${this.name}_sum`, labels, state.sum),
      sample(`${this.name}_count`, labels, state.count),
    ];
  }
  /** Counts one observation (seconds, for durations) into every bucket whose bound it does not exceed. */
  observe(labels: Labels, value: number): void {
    const state = this.at(labels);
    this.buckets.forEach((bound, index) => {
      if (value <= bound) state.counts[index]! += 1;
    });
    state.sum += value;
    state.count += 1;
  }
}

/** The exposition text of these metrics, one family after the other, ending with a newline. */
export function exposition(families: readonly Family[]): string {
  return `${families.flatMap((family) => family.lines()).join('\n')}\n`;
}

function sample(name: string, labels: Labels, value: number): string {
  const pairs = Object.entries(labels).map(([label, text]) => `${label}="${escapeLabelValue(text)}"`);
  return `${name}${pairs.length ? `{${pairs.join(',')}}` : ''} ${formatNumber(value)}`;
}

/** A label value in the text format: backslash, double quote and line feed are escaped. */
export function escapeLabelValue(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n');
}

// HELP text escapes only backslash and line feed.
function escapeHelp(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('\n', '\\n');
}

function formatNumber(value: number): string {
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  if (Number.isNaN(value)) return 'NaN';
  return String(value);
}
