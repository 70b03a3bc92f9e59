// Mistake: the free window is counted from when the ride was requested, not from when a
// driver accepted. A rider who waited long for a driver pays at once for cancelling,
// before the driver has been on the way for even a minute.

// One table instead of scattered ifs: every status lists the events it accepts and the
// status each leads to, so the refusal's `allowed` is read from the same place.
const MOVES: Record<LifecycleStatus, Partial<Record<LifecycleEvent['type'], LifecycleStatus>>> = {
  // A decline or a timed-out offer keeps the ride waiting for the next driver.
  requested: { accept: 'matched', decline: 'requested', timeout: 'requested', cancel: 'cancelled' },
  matched: { arrive: 'driver_arriving', cancel: 'cancelled' },
  driver_arriving: { start: 'in_progress', cancel: 'cancelled' },
  // Once the trip has started the rider is in the car: it can only be completed.
  in_progress: { complete: 'completed' },
  completed: {},
  cancelled: {},
};

const FREE_CANCELLATION_MS = 2 * 60 * 1000;
const CANCELLATION_FEE: LifecycleMoney = { amount: 500, currency: 'EUR' };

/** The statuses a ride in `status` can move to, itself excluded. */
function allowedFrom(status: LifecycleStatus): LifecycleStatus[] {
  const targets = Object.values(MOVES[status]).filter((to): to is LifecycleStatus => to !== undefined && to !== status);
  return [...new Set(targets)];
}

/** Free while no driver is on the way, and for the first two minutes after one accepted. */
function feeFor(ride: LifecycleRide, now: number): LifecycleMoney | null {
  if (ride.matchedAt === null) return null;
  return now - ride.requestedAt > FREE_CANCELLATION_MS ? { ...CANCELLATION_FEE } : null;
}

/** The ride after `event` at time `now`, or a refusal naming the statuses it can move to. */
export function transition(ride: LifecycleRide, event: LifecycleEvent, now: number): RideTransition {
  const to = MOVES[ride.status][event.type];
  if (to === undefined) {
    const allowed = allowedFrom(ride.status);
    const options = allowed.length > 0 ? `it can move to ${allowed.join(' or ')}` : `${ride.status} is final`;
    return { ok: false, allowed, message: `Ride ${ride.id} is ${ride.status} and cannot ${event.type}: ${options}.` };
  }
  // A new object every time: the caller's ride stays as it was (it may be shared or frozen).
  const next: LifecycleRide = { ...ride, status: to };
  switch (event.type) {
    case 'accept':
      next.driverId = event.driverId;
      next.matchedAt = now;
      break;
    case 'start':
      next.startedAt = now;
      break;
    case 'complete':
      next.completedAt = now;
      break;
    case 'cancel':
      next.cancelledAt = now;
      next.cancellationFee = feeFor(ride, now);
      break;
  }
  return { ok: true, ride: next };
}
