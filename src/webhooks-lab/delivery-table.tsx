import type { Attempt, Delivery } from './lab-api';

const STATUS_TEXT: Record<Delivery['status'], string> = {
  scheduled: 'Retry scheduled',
  sending: 'Sending',
  succeeded: 'Delivered',
  dead_lettered: 'Dead letter',
};

const time = (iso: string) => new Date(iso).toLocaleTimeString();

function attemptText(attempt: Attempt): string {
  const answer = attempt.outcome === 'timed_out' ? 'no answer in 3 s' : `HTTP ${attempt.response_status ?? '–'}`;
  const next = attempt.next_attempt_at ? `, retry at ${time(attempt.next_attempt_at)}` : '';
  return `#${attempt.number}${attempt.replay ? ' (replay)' : ''} ${time(attempt.started_at)}: ${answer}, ${attempt.duration_ms} ms${next}`;
}

/** The sender's side: every delivery with its attempts, and a replay button where replay is allowed. */
export function DeliveryTable({ deliveries, onReplay, busy }: { deliveries: Delivery[]; onReplay: (id: string) => void; busy: boolean }) {
  if (deliveries.length === 0) return <p className="muted">No deliveries yet. Register the inbox, then place an order.</p>;
  return (
    <div className="wh-table">
      <table>
        <caption>Newest first. Every attempt of a delivery carries the same webhook-id.</caption>
        <thead>
          <tr>
            <th scope="col">Delivery</th>
            <th scope="col">Event</th>
            <th scope="col">webhook-id</th>
            <th scope="col">Status</th>
            <th scope="col">Attempts</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
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
                {STATUS_TEXT[delivery.status]}
                {delivery.status === 'scheduled' && delivery.next_attempt_at && <div className="muted">next at {time(delivery.next_attempt_at)}</div>}
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
                  <button type="button" disabled={busy} onClick={() => onReplay(delivery.id)} aria-label={`Replay ${delivery.id}`}>
                    Replay
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
