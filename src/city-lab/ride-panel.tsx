import { formatMoney, type Ride } from './lab-api';

/** One line of the ride's timeline: an event the feed delivered about it. */
export interface TimelineEntry {
  id: number;
  type: string;
  at: string;
  note?: string;
}

export type RideStep = 'arrive' | 'start' | 'complete' | 'cancel';

/**
 * The buttons for the steps the ride's `_actions` offer. Accept and decline are left out:
 * they are the driver's answer to an offer, which the simulated drivers give themselves.
 */
const STEP_LABELS: Record<RideStep, string> = { arrive: 'Driver on the way', start: 'Start trip (rider on board)', complete: 'Complete trip', cancel: 'Cancel ride' };
const isStep = (name: string): name is RideStep => name in STEP_LABELS;

interface Props {
  ride: Ride | null;
  timeline: TimelineEntry[];
  rated: number | null;
  busy: boolean;
  onAction: (action: RideStep) => void;
  onRate: (stars: number) => void;
}

/** The demo rider's ride: its status, the events that got it there, and the buttons for the next step. */
export function RidePanel({ ride, timeline, rated, busy, onAction, onRate }: Props) {
  if (!ride) return <p className="city-muted">No ride yet. Request one: click a pickup and a drop-off on the map, or use the preset trip.</p>;
  const steps = ride._actions.map((action) => action.name).filter(isStep);
  return (
    <div className="city-ride" data-testid="ride-panel">
      <p>
        <strong>{ride.id}</strong> is <strong data-testid="ride-status">{ride.status}</strong>
        {ride.driver_id && <> with driver <code data-testid="ride-driver">{ride.driver_id}</code></>}
        {ride.fare && <> · fare <span data-testid="ride-fare">{formatMoney(ride.fare)}</span></>}
        {ride.cancellation_fee && <> · cancellation fee {formatMoney(ride.cancellation_fee)}</>}
      </p>
      <div className="city-actions">
        {steps.map((step) => (
          <button key={step} type="button" disabled={busy} onClick={() => onAction(step)}>
            {STEP_LABELS[step]}
          </button>
        ))}
        {ride.status === 'completed' && rated === null && (
          <span className="city-stars" role="group" aria-label="Rate the ride">
            {[1, 2, 3, 4, 5].map((stars) => (
              <button key={stars} type="button" disabled={busy} onClick={() => onRate(stars)} aria-label={`${stars} stars`}>
                {'★'.repeat(stars)}
              </button>
            ))}
          </span>
        )}
        {rated !== null && <span role="status">Rated {rated} of 5 stars. Thank you!</span>}
      </div>
      <h3>Timeline</h3>
      <ol className="city-timeline" data-testid="ride-timeline">
        {timeline.map((entry) => (
          <li key={entry.id}>
            <code>{entry.type}</code> <time dateTime={entry.at}>{new Date(entry.at).toLocaleTimeString()}</time>
            {entry.note && <span className="city-muted"> {entry.note}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}
