import { bffLab } from '@messages/bff-lab';
import type { TimingMetric } from './server-timing';

interface WaterfallProps {
  calls: readonly TimingMetric[];
  /** The BFF's measured total (parallel), in ms. */
  total: number;
  /** For the accessible name: which client this is. */
  label: string;
}

const m = bffLab.waterfall;
const WIDTH = 360;
const LABEL = 110;
const ROW = 18;

/**
 * The upstream calls as bars on a time axis, twice: as they ran (all started together, so
 * the total is the longest bar) and as they would run one after another (each starting
 * where the previous one ended, so the total is the sum). Every number is also written out.
 */
export function Waterfall({ calls, total, label }: WaterfallProps) {
  const sequential = calls.reduce((sum, call) => sum + call.duration, 0);
  const span = Math.max(sequential, total, 1);
  const x = (ms: number) => LABEL + (ms / span) * (WIDTH - LABEL - 8);
  const rows = calls.length * 2 + 3;
  const height = rows * ROW + 8;
  let offset = 0;
  const serial = calls.map((call) => {
    const start = offset;
    offset += call.duration;
    return { ...call, start };
  });
  const bar = (key: string, y: number, start: number, duration: number, className: string, text: string) => (
    <g key={key}>
      <text className="bff-wf-label" x={4} y={y + 12}>
        {text}
      </text>
      <rect className={className} x={x(start)} y={y + 3} width={Math.max(1, x(start + duration) - x(start))} height={ROW - 6} rx={2} />
      <text className="bff-wf-value" x={Math.min(x(start + duration) + 4, WIDTH - 40)} y={y + 12}>
        {bffLab.column.ms(Math.round(duration))}
      </text>
    </g>
  );
  return (
    <svg className="bff-waterfall" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={m.label(label, Math.round(total), Math.round(sequential))}>
      <text className="bff-wf-heading" x={4} y={12}>
        {m.parallel}
      </text>
      {calls.map((call, index) => bar(`p-${call.name}`, ROW * (index + 1), 0, call.duration, call.description ? 'bff-wf-bar bff-wf-failed' : 'bff-wf-bar', call.description ? `${call.name} (${call.description})` : call.name))}
      <line className="bff-wf-total" x1={x(total)} x2={x(total)} y1={ROW} y2={ROW * (calls.length + 1)} />
      <text className="bff-wf-heading" x={4} y={ROW * (calls.length + 1) + 14}>
        {m.sequential}
      </text>
      {serial.map((call, index) => bar(`s-${call.name}`, ROW * (calls.length + 2 + index), call.start, call.duration, 'bff-wf-bar bff-wf-serial', call.name))}
    </svg>
  );
}
