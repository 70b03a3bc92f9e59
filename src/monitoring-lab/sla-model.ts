import { duration, percent } from './format';
import type { ActiveAlert, Slo } from './monitoring-api';

/** How the SLA panel words the sandbox's SLOs and alerts. */

const NAMES: Record<Slo['id'], string> = { availability: 'Availability', latency_p95: 'p95 latency', error_rate: 'Error rate' };

/** `Availability`, `p95 latency`, `Error rate`. */
export function sloName(id: Slo['id']): string {
  return NAMES[id];
}

/** The measured value in the SLO's unit (`99.5 %`, `320 ms`), or `no data`. */
export function sloValue(slo: Pick<Slo, 'unit' | 'value'>): string {
  if (slo.value === null) return 'no data';
  return slo.unit === 'ms' ? duration(slo.value) : percent(slo.value, 3);
}

/** The two thresholds in words: `warning below 99.9 %, critical below 99 %`. */
export function thresholdsText(slo: Pick<Slo, 'unit' | 'thresholds'>): string {
  const side = slo.thresholds.direction === 'min' ? 'below' : 'above';
  const show = (value: number) => (slo.unit === 'ms' ? duration(value) : percent(value, 3));
  return `warning ${side} ${show(slo.thresholds.warning)}, critical ${side} ${show(slo.thresholds.critical)}`;
}

/**
 * What is left of the error budget, as a sentence: `1.2 of 2.4 bad requests allowed used (50 %)`.
 * Null for SLOs without a budget (latency) or without requests.
 */
export function budgetText(slo: Pick<Slo, 'error_budget'>): string | null {
  const budget = slo.error_budget;
  if (!budget || budget.used_ratio === null) return null;
  const allowed = Number(budget.allowed.toFixed(2));
  return `${budget.used} bad of ${allowed} allowed (${percent(budget.used_ratio, 0)} of the budget used)`;
}

/** `critical · firing for 45 s` / `warning · pending 12 of 30 s`: where the alert stands. */
export function alertState(alert: Pick<ActiveAlert, 'state' | 'severity' | 'active_seconds' | 'for_seconds' | 'firing_since' | 'since'>): string {
  if (alert.state === 'pending') return `${alert.severity} · pending ${Math.floor(alert.active_seconds)} of ${alert.for_seconds} s`;
  const firingFor = alert.active_seconds - (Date.parse(alert.firing_since!) - Date.parse(alert.since)) / 1000;
  return `${alert.severity} · firing for ${Math.max(0, Math.floor(firingFor))} s`;
}

/** Critical alerts first, then the ones firing longest: the order someone on call reads them in. */
export function sortAlerts<T extends Pick<ActiveAlert, 'severity' | 'state' | 'since'>>(alerts: readonly T[]): T[] {
  const rank = (alert: T) => (alert.severity === 'critical' ? 0 : 2) + (alert.state === 'firing' ? 0 : 1);
  return [...alerts].sort((a, b) => rank(a) - rank(b) || Date.parse(a.since) - Date.parse(b.since));
}
