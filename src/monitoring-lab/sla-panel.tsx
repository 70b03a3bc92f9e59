import type { Sla } from './monitoring-api';
import { alertState, budgetText, sloName, sloValue, sortAlerts, thresholdsText } from './sla-model';

/** The SLOs with their status, the error budget, and the active and resolved alerts. */
export function SlaPanel({ sla }: { sla: Sla | null }) {
  if (!sla) return <p>Reading the SLOs…</p>;
  const alerts = sortAlerts(sla.alerts.active);
  return (
    <div className="mon-sla">
      <p className="mon-note">
        Over the last {sla.window.duration} ({sla.window.requests} requests). Percentiles by {sla.meta.percentile_method}. Overall:{' '}
        <span className={`mon-status mon-status-${sla.status}`} data-testid="sla-status">
          {sla.status.replace('_', ' ')}
        </span>
      </p>
      <ul className="mon-slos">
        {sla.slos.map((slo) => (
          <li key={slo.id} data-testid={`slo-${slo.id}`} data-status={slo.status}>
            <span className={`mon-status mon-status-${slo.status}`}>{slo.status.replace('_', ' ')}</span>
            <strong>{sloName(slo.id)}</strong> {sloValue(slo)} <span className="mon-muted">objective {slo.objective}; {thresholdsText(slo)}</span>
            {budgetText(slo) && <div className="mon-muted">Error budget: {budgetText(slo)}</div>}
          </li>
        ))}
      </ul>
      <h3>Active alerts</h3>
      {alerts.length === 0 ? (
        <p className="mon-muted" data-testid="no-alerts">
          None. An SLO that is violated opens a pending alert, which fires once the violation has lasted its <code>for</code> time.
        </p>
      ) : (
        <ul className="mon-alerts" aria-live="polite">
          {alerts.map((alert) => (
            <li key={alert.slo} className={`mon-alert mon-alert-${alert.severity}`} data-testid="active-alert" data-state={alert.state} data-severity={alert.severity}>
              <strong>{sloName(alert.slo)}</strong> <span>{alertState(alert)}</span>
              <div>{alert.summary}</div>
            </li>
          ))}
        </ul>
      )}
      {sla.alerts.resolved.length > 0 && (
        <details>
          <summary>Resolved ({sla.alerts.resolved.length})</summary>
          <ul className="mon-resolved">
            {sla.alerts.resolved.map((alert) => (
              <li key={`${alert.slo}-${alert.resolved_at}`}>
                {sloName(alert.slo)}, peak {alert.peak_severity}: fired {new Date(alert.firing_since).toLocaleTimeString()}, resolved{' '}
                {new Date(alert.resolved_at).toLocaleTimeString()}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
