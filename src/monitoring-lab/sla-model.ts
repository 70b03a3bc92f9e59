import { monitoringLab } from '@messages/monitoring-lab';
import { duration, percent } from './format';
import type { ActiveAlert, Slo } from './monitoring-api';

/** How the SLA panel words the sandbox's SLOs and alerts. */

const m = monitoringLab.sla;

/** `Availability`, `p95 latency`, `Error rate`. */
export function sloName(id: Slo['id']): string {
  return m.names[id];
}

/** The measured value in the SLO's unit (`99.5 %`, `320 ms`), or `no data`. */
export function sloValue(slo: Pick<Slo, 'unit' | 'value'>): string {
  if (slo.value === null) return m.noValue;
  return slo.unit === 'ms' ? duration(slo.value) : percent(slo.value, 3);
}

/** The two thresholds in words: `warning below 99.9 %, critical below 99 %`. */
export function thresholdsText(slo: Pick<Slo, 'unit' | 'thresholds'>): string {
  const show = (value: number) => (slo.unit === 'ms' ? duration(value) : percent(value, 3));
  return m.thresholds(slo.thresholds.direction, show(slo.thresholds.warning), show(slo.thresholds.critical));
}

/**
 * What is left of the error budget, as a sentence: `1.2 of 2.4 bad requests allowed used (50 %)`.
 * Null for SLOs without a budget (latency) or without requests.
 */
export function budgetText(slo: Pick<Slo, 'error_budget'>): string | null {
  const budget = slo.error_budget;
  if (!budget || budget.used_ratio === null) return null;
  const allowed = Number(budget.allowed.toFixed(2));
  return m.budgetUsed(budget.used, allowed, percent(budget.used_ratio, 0));
}

/** `critical · firing for 45 s` / `warning · pending 12 of 30 s`: where the alert stands. */
export function alertState(alert: Pick<ActiveAlert, 'state' | 'severity' | 'active_seconds' | 'for_seconds' | 'firing_since' | 'since'>): string {
  if (alert.state === 'pending') return m.pending(m.severity[alert.severity], Math.floor(alert.active_seconds), alert.for_seconds);
  const firingFor = alert.active_seconds - (Date.parse(alert.firing_since!) - Date.parse(alert.since)) / 1000;
  return m.firing(m.severity[alert.severity], Math.max(0, Math.floor(firingFor)));
}

/** Critical alerts first, then the ones firing longest: the order someone on call reads them in. */
export function sortAlerts<T extends Pick<ActiveAlert, 'severity' | 'state' | 'since'>>(alerts: readonly T[]): T[] {
  const rank = (alert: T) => (alert.severity === 'critical' ? 0 : 2) + (alert.state === 'firing' ? 0 : 1);
  return [...alerts].sort((a, b) => rank(a) - rank(b) || Date.parse(a.since) - Date.parse(b.since));
}
