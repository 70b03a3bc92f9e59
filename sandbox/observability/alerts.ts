import type { Severity, SloId, SloResult } from './slo';

/**
 * Alerts on the SLOs, the way Prometheus' alerting rules behave:
 *
 *   inactive ──(SLO violated)──► pending ──(still violated after FOR_MS)──► firing
 *   pending / firing ──(SLO met again, or no data)──► inactive (a firing alert is kept as resolved)
 *
 * One alert per SLO at a time (no duplicates while a problem lasts); its severity follows
 * the latest evaluation, and the worst seen is kept. The `for` wait keeps a single slow
 * request from paging anyone: only a problem that lasts becomes a firing alert.
 * Pure: evaluations bring their own time, so the same evaluations give the same alerts.
 */

/** How long an SLO must stay violated before its alert fires. */
export const ALERT_FOR_MS = 30_000;
/** How many resolved alerts are kept for the dashboard. */
export const RESOLVED_KEPT = 20;

export interface ActiveAlert {
  slo: SloId;
  state: 'pending' | 'firing';
  severity: Severity;
  /** The worst severity since the alert started. */
  peak_severity: Severity;
  /** When the violation was first seen (epoch ms). */
  since: number;
  /** When it started firing; null while pending. */
  firing_since: number | null;
  /** The value at the latest evaluation. */
  value: number;
}

export interface ResolvedAlert {
  slo: SloId;
  peak_severity: Severity;
  since: number;
  firing_since: number;
  resolved_at: number;
}

export interface AlertState {
  active: Partial<Record<SloId, ActiveAlert>>;
  resolved: ResolvedAlert[];
}

export const NO_ALERTS: AlertState = { active: {}, resolved: [] };

/** The alerts after evaluating the SLOs at time `at`. */
export function nextAlerts(state: AlertState, results: readonly SloResult[], at: number): AlertState {
  const active: AlertState['active'] = {};
  let resolved = state.resolved;
  for (const result of results) {
    const current = state.active[result.id];
    if (result.status === 'warning' || result.status === 'critical') {
      const severity = result.status;
      const peak = current?.peak_severity === 'critical' || severity === 'critical' ? 'critical' : 'warning';
      const since = current?.since ?? at;
      const fires = current?.firing_since ?? (at - since >= ALERT_FOR_MS ? at : null);
      active[result.id] = { slo: result.id, state: fires === null ? 'pending' : 'firing', severity, peak_severity: peak, since, firing_since: fires, value: result.value! };
    } else if (current?.firing_since != null) {
      // A pending alert that clears was never raised; a firing one goes into the history.
      resolved = [{ slo: current.slo, peak_severity: current.peak_severity, since: current.since, firing_since: current.firing_since, resolved_at: at }, ...resolved].slice(0, RESOLVED_KEPT);
    }
  }
  return { active, resolved };
}
