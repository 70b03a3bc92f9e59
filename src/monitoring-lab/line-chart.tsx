import { monitoringLab } from '@messages/monitoring-lab';
import { lineGeometry } from './chart-geometry';

export interface LineChartProps {
  title: string;
  /** The latest value, written beside the title: the chart only repeats what the numbers say. */
  current: string;
  values: readonly (number | null)[];
  /** Formats a tick value for the y axis. */
  format: (value: number) => string;
  /** Lowest axis top, so a quiet minute does not look like a wall of noise. */
  floor?: number;
  /** A fixed axis top (e.g. 1 for a share). */
  yMax?: number;
  /** A threshold drawn as a dashed line, such as the p95 objective. */
  threshold?: { value: number; label: string };
  testId: string;
}

const WIDTH = 360;
const HEIGHT = 120;
const LEFT = 48;

/** One RED metric over the window as a hand-written SVG line chart. */
export function LineChart({ title, current, values, format, floor, yMax, threshold, testId }: LineChartProps) {
  const geometry = lineGeometry(values, { width: WIDTH - LEFT, height: HEIGHT }, { floor, yMax });
  const y = (value: number) => HEIGHT - (Math.min(value, geometry.yMax) / geometry.yMax) * HEIGHT;
  const plotted = values.filter((value) => value !== null).length;
  return (
    <figure className="mon-chart" data-testid={testId} data-points={plotted}>
      <figcaption>
        <span>{title}</span> <strong data-testid={`${testId}-current`}>{current}</strong>
      </figcaption>
      <svg viewBox={`0 -8 ${WIDTH} ${HEIGHT + 16}`} role="img" aria-label={monitoringLab.red.chartLabel(title, current)}>
        {geometry.ticks.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH} y1={y(tick)} y2={y(tick)} className="mon-grid" />
            <text x={LEFT - 6} y={y(tick) + 4} className="mon-tick">
              {format(tick)}
            </text>
          </g>
        ))}
        {threshold && threshold.value <= geometry.yMax && (
          <g>
            <line x1={LEFT} x2={WIDTH} y1={y(threshold.value)} y2={y(threshold.value)} className="mon-threshold" />
            <text x={WIDTH - 4} y={y(threshold.value) - 4} className="mon-threshold-label">
              {threshold.label}
            </text>
          </g>
        )}
        <g transform={`translate(${LEFT} 0)`}>
          {geometry.paths.map((path) => (
            <path key={path} d={path} className="mon-line" />
          ))}
          {geometry.dots.map((dot) => (
            <circle key={`${dot.x}-${dot.y}`} cx={dot.x} cy={dot.y} r={2.5} className="mon-dot" />
          ))}
        </g>
      </svg>
    </figure>
  );
}
