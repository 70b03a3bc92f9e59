import { gatewayLab } from '@messages/gateway-lab';
import type { UpstreamStats } from './lab-api';

export interface SplitChartProps {
  route: string;
  upstreams: UpstreamStats[];
  /** The configured weights (percent) by service; absent when the route has no split. */
  weights: Record<string, number> | null;
}

const WIDTH = 420;
const ROW = 26;
const LABEL = 170;

/**
 * Observed share of each upstream as a bar, the configured weight as a tick on it: the
 * gap between the two is the randomness of a small sample, and it closes as N grows.
 * Hand-written SVG; the numbers are also in the text beside each bar.
 */
export function SplitChart({ route, upstreams, weights }: SplitChartProps) {
  const services = [...new Set([...Object.keys(weights ?? {}), ...upstreams.map((u) => u.service)])];
  const barWidth = WIDTH - LABEL - 90;
  const height = services.length * ROW + 4;
  return (
    <svg className="gw-split" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={gatewayLab.stats.splitLabel(route)}>
      {services.map((service, index) => {
        const observed = upstreams.find((u) => u.service === service)?.share ?? 0;
        const weight = weights?.[service];
        const y = index * ROW + 4;
        return (
          <g key={service} data-testid="split-row" data-service={service}>
            <text x={0} y={y + 14} className="gw-split-label">
              {service}
            </text>
            <rect x={LABEL} y={y} width={barWidth} height={18} className="gw-split-track" />
            <rect x={LABEL} y={y} width={barWidth * observed} height={18} className={`gw-split-bar${service.includes('canary') ? ' gw-split-canary' : ''}`} />
            {weight !== undefined && <line x1={LABEL + (barWidth * weight) / 100} x2={LABEL + (barWidth * weight) / 100} y1={y - 2} y2={y + 20} className="gw-split-target" />}
            <text x={LABEL + barWidth + 6} y={y + 14} className="gw-split-value">
              {(observed * 100).toFixed(1)}%{weight !== undefined ? ` / ${weight}%` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
