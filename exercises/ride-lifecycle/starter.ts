// The ride lifecycle: which events each status accepts, where they lead, and what
// cancelling costs. The types LifecycleRide, LifecycleEvent and RideTransition are known
// to the editor.

/** The ride after `event` at time `now`, or a refusal naming the statuses it can move to. */
export function transition(ride: LifecycleRide, event: LifecycleEvent, now: number): RideTransition {
  // A first draft: only the first step of the happy path. Add the other statuses, the
  // decline and timeout that keep a ride requested, cancelling with its fee, and the
  // refusals that name where the ride can go instead.
  if (ride.status === 'requested' && event.type === 'accept') {
    return { ok: true, ride: { ...ride, status: 'matched', driverId: event.driverId, matchedAt: now } };
  }
  return { ok: false, allowed: [], message: `Ride ${ride.id} cannot ${event.type} yet.` };
}
