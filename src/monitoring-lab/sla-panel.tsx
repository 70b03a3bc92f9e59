import { monitoringLab } from '@messages/monitoring-lab';
import { richText } from '../messages/rich-text';
import type { Sla } from './monitoring-api';
import { alertState, budgetText, sloName, sloValue, sortAlerts, thresholdsText } from './sla-model';

const m = monitoringLab.sla;

/** The SLOs with their status, the error budget, and the active and resolved alerts. */
export function SlaPanel({ sla }: { sla: Sla | null }) {
  if (!sla) return <p>{m.reading}</p>;
  const alerts = sortAlerts(sla.alerts.active);
  return (
    <div className="mon-sla">
      <p className="mon-note">
        {m.window(sla.window.duration, sla.window.requests, sla.meta.percentile_method)}
        <span className={`mon-status mon-status-${sla.status}`} data-testid="sla-status">
          {m.status[sla.status]}
        </span>
      </p>
      <ul className="mon-slos">
        {sla.slos.map((slo) => (
          <li key={slo.id} data-testid={`slo-${slo.id}`} data-status={slo.status}>
            <span className={`mon-status mon-status-${slo.status}`}>{m.status[slo.status]}</span>
            <strong>{sloName(slo.id)}</strong> {sloValue(slo)} <span className="mon-muted">{m.objective(slo.objective, thresholdsText(slo))}</span>
            {budgetText(slo) && <div className="mon-muted">{m.budget(budgetText(slo)!)}</div>}
          </li>
        ))}
      </ul>
      <h3>{m.activeAlerts}</h3>
      {alerts.length === 0 ? (
        <p className="mon-muted" data-testid="no-alerts">
          {richText(m.noAlerts, { for: <code>{'for'}</code> })}
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
          <summary>{m.resolved(sla.alerts.resolved.length)}</summary>
          <ul className="mon-resolved">
            {sla.alerts.resolved.map((alert) => (
              <li key={`${alert.slo}-${alert.resolved_at}`}>
                {m.resolvedLine(sloName(alert.slo), m.severity[alert.peak_severity], new Date(alert.firing_since).toLocaleTimeString(), new Date(alert.resolved_at).toLocaleTimeString())}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
