import { webhooksLab } from '@messages/webhooks-lab';
import type { Attempt, Delivery } from './lab-api';

const m = webhooksLab.deliveries;

const time = (iso: string) => new Date(iso).toLocaleTimeString();

function attemptText(attempt: Attempt): string {
  return m.attempt({
    number: attempt.number,
    replay: attempt.replay,
    started: time(attempt.started_at),
    timedOut: attempt.outcome === 'timed_out',
    status: attempt.response_status,
    ms: attempt.duration_ms,
    next: attempt.next_attempt_at ? time(attempt.next_attempt_at) : null,
  });
}

/** The sender's side: every delivery with its attempts, and a replay button where replay is allowed. */
export function DeliveryTable({ deliveries, onReplay, busy }: { deliveries: Delivery[]; onReplay: (id: string) => void; busy: boolean }) {
  if (deliveries.length === 0) return <p className="muted">{m.none}</p>;
  return (
    <div className="wh-table">
      <table>
        <caption>{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.delivery}</th>
            <th scope="col">{m.columns.event}</th>
            <th scope="col">{'webhook-id'}</th>
            <th scope="col">{m.columns.status}</th>
            <th scope="col">{m.columns.attempts}</th>
            <th scope="col">
              <span className="visually-hidden">{m.columns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id} data-testid="delivery-row">
              <td>
                <code>{delivery.id}</code>
              </td>
              <td>{delivery.event_type}</td>
              <td>
                <code>{delivery.webhook_id}</code>
              </td>
              <td className={`wh-status-${delivery.status}`}>
                {m.status[delivery.status]}
                {delivery.status === 'scheduled' && delivery.next_attempt_at && <div className="muted">{m.nextAt(time(delivery.next_attempt_at))}</div>}
              </td>
              <td>
                <ol className="wh-attempts">
                  {delivery.attempts.map((attempt) => (
                    <li key={attempt.number} className={`wh-attempt-${attempt.outcome}`}>
                      {attemptText(attempt)}
                    </li>
                  ))}
                </ol>
              </td>
              <td>
                {(delivery.status === 'succeeded' || delivery.status === 'dead_lettered') && (
                  <button type="button" disabled={busy} onClick={() => onReplay(delivery.id)} aria-label={m.replayLabel(delivery.id)}>
                    {m.replay}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
