// Types the editor knows about while you solve "ride-lifecycle". They are global:
// use them in your code without importing anything.

/** Where a ride stands. completed and cancelled are final. */
type LifecycleStatus = 'requested' | 'matched' | 'driver_arriving' | 'in_progress' | 'completed' | 'cancelled';

/** An amount of money in cents, so that no float ever rounds a fee. */
interface LifecycleMoney {
  amount: number;
  currency: 'EUR';
}

/** A ride as the server keeps it. Times are milliseconds on the sandbox clock; null until they happen. */
interface LifecycleRide {
  id: string;
  status: LifecycleStatus;
  /** The driver who accepted the ride; null while it is requested. */
  driverId: string | null;
  requestedAt: number;
  /** When a driver accepted: the 2-minute free cancellation window starts here. */
  matchedAt: number | null;
  startedAt: number | null;
  completedAt: number | null;
  cancelledAt: number | null;
  /** What the rider owes for cancelling: null when cancelling was free or the ride was not cancelled. */
  cancellationFee: LifecycleMoney | null;
}

/**
 * Something that happens to a ride: a driver accepts, declines or lets the offer time out;
 * the driver arrives; the trip starts and completes; the rider cancels.
 */
type LifecycleEvent =
  | { type: 'accept'; driverId: string }
  | { type: 'decline' }
  | { type: 'timeout' }
  | { type: 'arrive' }
  | { type: 'start' }
  | { type: 'complete' }
  | { type: 'cancel' };

/**
 * transition's answer: the ride after the event, or a refusal (the server's 409
 * invalid_ride_transition) naming the statuses the ride can move to instead.
 */
type RideTransition =
  | { ok: true; ride: LifecycleRide }
  | {
      ok: false;
      /** The statuses this ride can move to next (never its own status); [] when it is final. */
      allowed: LifecycleStatus[];
      /** One sentence for the client: where the ride stands and what it can do instead. */
      message: string;
    };
