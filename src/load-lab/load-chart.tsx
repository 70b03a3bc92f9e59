import { loadLab } from '@messages/load-lab';
import type { SecondBucket, StatusClass } from './stats';

export interface LoadChartProps {
  buckets: SecondBucket[];
}

const WIDTH = 720;
const LEFT = 48;
const RIGHT = 12;
const PANEL = 150;
const GAP = 44;
const TOP = 22;
const HEIGHT = TOP + PANEL + GAP + PANEL + 28;

/** Stacking order, bottom up, and the CSS class that colours each. */
const STACK: { status: StatusClass; label: string }[] = [
  { status: '2xx', label: '2xx' },
  { status: '4xx', label: '4xx' },
  { status: '429', label: '429' },
  { status: '5xx', label: '5xx' },
  { status: 'other', label: loadLab.chart.noAnswer },
];
const LINES = [
  { key: 'p50', label: 'p50' },
  { key: 'p95', label: 'p95' },
  { key: 'p99', label: 'p99' },
] as const;

/** A round axis maximum at or above `value` (1, 2, 5 × 10^n). */
function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((candidate) => candidate >= value)!;
}

/**
 * Two panels over the same seconds: requests per second stacked by status class (429s in
 * their own colour), and latency p50/p95/p99 of the requests sent in each second. Hand-written
 * SVG; every number is also in the summary table.
 */
export function LoadChart({ buckets }: LoadChartProps) {
  const seconds = Math.max(buckets.length, 1);
  const step = (WIDTH - LEFT - RIGHT) / seconds;
  const rpsMax = niceMax(Math.max(0, ...buckets.map((bucket) => bucket.requests)));
  const latencyMax = niceMax(Math.max(0, ...buckets.map((bucket) => (Number.isNaN(bucket.p99) ? 0 : bucket.p99))));
  const rpsY = (value: number) => TOP + PANEL - (value / rpsMax) * PANEL;
  const latencyTop = TOP + PANEL + GAP;
  const latencyY = (value: number) => latencyTop + PANEL - (value / latencyMax) * PANEL;
  const x = (second: number) => LEFT + second * step;
  const tickEvery = Math.max(1, Math.ceil(seconds / 10));

  const line = (key: (typeof LINES)[number]['key']) =>
    buckets
      .filter((bucket) => !Number.isNaN(bucket[key]))
      .map((bucket) => `${x(bucket.second + 0.5).toFixed(1)},${latencyY(bucket[key]).toFixed(1)}`)
      .join(' ');

  return (
    <svg className="ll-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={loadLab.chart.label} data-testid="load-chart">
      <text x={LEFT} y={TOP - 8} className="ll-chart-title">
        {loadLab.chart.rps(rpsMax)}
      </text>
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={TOP + PANEL} y2={TOP + PANEL} className="ll-axis" />
      <line x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + PANEL} className="ll-axis" />
      <text x={LEFT - 6} y={TOP + 4} className="ll-tick" textAnchor="end">
        {rpsMax}
      </text>
      <text x={LEFT - 6} y={TOP + PANEL} className="ll-tick" textAnchor="end">
        0
      </text>
      {buckets.map((bucket) => {
        let base = 0;
        return (
          <g key={bucket.second} data-second={bucket.second}>
            {STACK.map(({ status }) => {
              const count = bucket.counts[status];
              if (count === 0) return null;
              const y = rpsY(base + count);
              const height = rpsY(base) - y;
              base += count;
              return <rect key={status} x={x(bucket.second) + 1} y={y} width={Math.max(step - 2, 1)} height={height} className={`ll-bar ll-${status}`} />;
            })}
          </g>
        );
      })}

      <text x={LEFT} y={latencyTop - 8} className="ll-chart-title">
        {loadLab.chart.latency(latencyMax)}
      </text>
      <line x1={LEFT} x2={WIDTH - RIGHT} y1={latencyTop + PANEL} y2={latencyTop + PANEL} className="ll-axis" />
      <line x1={LEFT} x2={LEFT} y1={latencyTop} y2={latencyTop + PANEL} className="ll-axis" />
      <text x={LEFT - 6} y={latencyTop + 4} className="ll-tick" textAnchor="end">
        {latencyMax}
      </text>
      <text x={LEFT - 6} y={latencyTop + PANEL} className="ll-tick" textAnchor="end">
        0
      </text>
      {LINES.map(({ key }) => (
        <polyline key={key} points={line(key)} className={`ll-line ll-${key}`} />
      ))}
      {buckets
        .filter((bucket) => bucket.second % tickEvery === 0)
        .map((bucket) => (
          <text key={bucket.second} x={x(bucket.second + 0.5)} y={latencyTop + PANEL + 16} className="ll-tick" textAnchor="middle">
            {loadLab.chart.second(bucket.second)}
          </text>
        ))}

      <g transform={`translate(${WIDTH - RIGHT - 370}, ${TOP - 8})`} className="ll-legend">
        {STACK.map(({ status, label }, index) => (
          <g key={status} transform={`translate(${index * 60}, 0)`}>
            <rect x={0} y={-9} width={10} height={10} className={`ll-bar ll-${status}`} />
            <text x={14} y={0} className="ll-tick">
              {label}
            </text>
          </g>
        ))}
      </g>
      <g transform={`translate(${WIDTH - RIGHT - 180}, ${latencyTop - 8})`} className="ll-legend">
        {LINES.map(({ key, label }, index) => (
          <g key={key} transform={`translate(${index * 60}, 0)`}>
            <line x1={0} x2={14} y1={-4} y2={-4} className={`ll-line ll-${key}`} />
            <text x={18} y={0} className="ll-tick">
              {label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
