/** Numbers as the monitoring pages show them: the same rounding everywhere, and "—" for no data. */

import { monitoringLab } from '@messages/monitoring-lab';

const u = monitoringLab.units;

/** `0.9975` → `99.75 %`; null → `—`. */
export function percent(ratio: number | null, digits = 2): string {
  if (ratio === null) return u.noData;
  return u.percent(Number((ratio * 100).toFixed(digits)));
}

/** `312.4` → `312 ms`; `1530` → `1.53 s`; null → `—`. */
export function duration(ms: number | null): string {
  if (ms === null) return u.noData;
  return ms >= 1000 ? u.seconds(Number((ms / 1000).toFixed(2))) : u.ms(Math.round(ms));
}

/** Requests per second with one decimal: `2.5/s`. */
export function perSecond(rate: number | null): string {
  return rate === null ? u.noData : u.perSecond(Number(rate.toFixed(1)));
}
