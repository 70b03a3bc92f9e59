import { cityLab } from '@messages/city-lab';
import { richText } from '../messages/rich-text';
import { formatMoney, type Ride } from './lab-api';

const m = cityLab.ride;

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
const STEP_LABELS: Record<RideStep, string> = m.steps;
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
  if (!ride) return <p className="city-muted">{m.none}</p>;
  const steps = ride._actions.map((action) => action.name).filter(isStep);
  return (
    <div className="city-ride" data-testid="ride-panel">
      <p>
        {richText(m.is, { id: <strong>{ride.id}</strong>, status: <strong data-testid="ride-status">{ride.status}</strong> })}
        {ride.driver_id && richText(m.withDriver, { driver: <code data-testid="ride-driver">{ride.driver_id}</code> })}
        {ride.fare && richText(m.fare, { fare: <span data-testid="ride-fare">{formatMoney(ride.fare)}</span> })}
        {ride.cancellation_fee && m.cancellationFee(formatMoney(ride.cancellation_fee))}
      </p>
      <div className="city-actions">
        {steps.map((step) => (
          <button key={step} type="button" disabled={busy} onClick={() => onAction(step)}>
            {STEP_LABELS[step]}
          </button>
        ))}
        {ride.status === 'completed' && rated === null && (
          <span className="city-stars" role="group" aria-label={m.rate}>
            {[1, 2, 3, 4, 5].map((stars) => (
              <button key={stars} type="button" disabled={busy} onClick={() => onRate(stars)} aria-label={m.stars(stars)}>
                {'★'.repeat(stars)}
              </button>
            ))}
          </span>
        )}
        {rated !== null && <span role="status">{m.rated(rated)}</span>}
      </div>
      <h3>{m.timeline}</h3>
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
