import type { EventLog } from '../events/event-log';
import type { Clock } from '../store/clock';

/**
 * Matching, part two (chapter 12): offering a ride to its candidates one at a time. The
 * first candidate holds the offer for `offerTimeoutMs` on the sandbox clock; a decline or
 * the timeout passes it to the next; an accept matches the ride. One dispatcher serves every
 * ride, so it knows which drivers are engaged: a driver holds at most one offer, and once
 * matched is skipped by every other ride until `release(driverId)`. A candidate engaged
 * elsewhere (or not available according to the `drivers` port) is skipped, not waited for.
 *
 * When every candidate has passed, `onExhausted` runs. The rides domain keeps the ride
 * `requested` with the note `no_driver_available` rather than cancelling it: the rider did
 * nothing wrong, and can cancel for free or wait for a new dispatch.
 *
 * An offer expires at `expires_at` exactly (it holds for [offered_at, expires_at)). On a
 * manual clock the timeout's sleep moves the clock itself (see store/clock.ts), so a pending
 * offer times out at the next macrotask; pass `autoExpire: false` to expire offers only when
 * something looks (`respond`, `offerOf`, `expireDue`), after the clock was moved on purpose.
 *
 * @example
 * const dispatcher = createDispatcher({ clock, events, autoExpire: false, drivers: {
 *   isAvailable: (id) => drivers.get(id)?.status === 'available',
 *   setStatus: (id, status) => void drivers.update(id, { status }),
 * } });
 * dispatcher.start(ride, nearestDrivers(drivers.all(), ride.pickup), {
 *   onMatched: (driverId) => matchRide(ride.id, driverId), // lifecycle accept, ride.matched event
 *   onExhausted: () => noteNoDriver(ride.id),              // stays requested, note no_driver_available
 * });
 * // POST /rides/{id}/accept and /decline:
 * const result = await dispatcher.respond(rideId, body.driver_id, true);
 * if (!result.ok) throw new ApiError(..., result.message);
 */

export const DEFAULT_OFFER_TIMEOUT_MS = 15_000;

/** The dispatcher's view of the drivers' `status` field, kept in step as offers come and go. */
export interface DispatchDriverPort {
  /** Whether the driver may be offered a ride now (status 'available'); engaged drivers are skipped anyway. */
  isAvailable(driverId: string): boolean;
  /** Called with 'offered' when an offer goes out, 'busy' on a match, 'available' when released. */
  setStatus(driverId: string, status: 'available' | 'offered' | 'busy'): void;
}

export interface DispatcherOptions {
  clock: Clock;
  /** Where `ride.offered` {ride_id, driver_id, expires_at} is published. */
  events: EventLog;
  /** How long a driver has to answer an offer, in sandbox-clock ms. Default 15,000. */
  offerTimeoutMs?: number;
  drivers?: DispatchDriverPort;
  /** Arm a timer on the clock for each offer (default true); false expires offers only when something looks. */
  autoExpire?: boolean;
}

/** An open offer: `driverId` may accept `rideId` until `expiresAt`. */
export interface Offer {
  rideId: string;
  driverId: string;
  offeredAt: string;
  expiresAt: string;
}

/** What the rides domain does as a dispatch goes on; `onMatched` and `onExhausted` end it. */
export interface DispatchHooks {
  onOffered?(offer: Offer): void;
  /** The driver holding the offer declined or let it time out; the ride stays requested and goes to the next candidate. */
  onPassed?(driverId: string, reason: 'declined' | 'timed_out'): void;
  /** The driver accepted: move the ride to matched. If this throws, the driver is released and the error rethrown. */
  onMatched(driverId: string): void | Promise<void>;
  /** Nobody accepted: every candidate declined, timed out or was engaged elsewhere. */
  onExhausted(): void;
}

export type RespondFailure = 'no_dispatch' | 'not_offered' | 'expired';

export type RespondResult =
  | { ok: true; outcome: 'matched' | 'declined'; rideId: string; driverId: string }
  | { ok: false; reason: RespondFailure; message: string; offer: Offer | null };

export interface Dispatcher {
  /** Starts offering `ride` to `candidates` in order; returns the first offer, or null when none could be made. */
  start(ride: { id: string }, candidates: ReadonlyArray<{ id: string }>, hooks: DispatchHooks): Offer | null;
  /** A driver's answer to the offer it holds for the ride. */
  respond(rideId: string, driverId: string, accept: boolean): Promise<RespondResult>;
  /** The ride's open offer, if any (expires a due one first). */
  offerOf(rideId: string): Offer | null;
  /** The ride a driver is engaged with, and how: holding its offer or matched to it. */
  engagementOf(driverId: string): { rideId: string; state: 'offered' | 'matched' } | null;
  /** Stops a ride's dispatch (the ride was cancelled while requested): withdraws its offer and frees the driver. */
  cancel(rideId: string): void;
  /** The driver's ride is over (completed or cancelled after matching): it may be offered rides again. */
  release(driverId: string): void;
  /** Expires every offer whose time is up and moves those rides on. */
  expireDue(): void;
  /** Forgets every dispatch and engagement (the sandbox's reset); pending timers stop. */
  reset(): void;
}

interface Dispatch {
  rideId: string;
  queue: string[];
  hooks: DispatchHooks;
  offer: (Offer & { expiresAtMs: number; timer: AbortController }) | null;
}

/** Creates the one dispatcher a sandbox shares between all its rides. */
export function createDispatcher(options: DispatcherOptions): Dispatcher {
  const { clock, events, drivers, offerTimeoutMs = DEFAULT_OFFER_TIMEOUT_MS, autoExpire = true } = options;
  if (!Number.isFinite(offerTimeoutMs) || offerTimeoutMs <= 0) {
    throw new RangeError(`createDispatcher: offerTimeoutMs must be a positive number of ms; got ${offerTimeoutMs}.`);
  }
  const dispatches = new Map<string, Dispatch>();
  const engaged = new Map<string, { rideId: string; state: 'offered' | 'matched' }>();
  /** Per ride, the drivers whose offer ran out: their late accept is told "expired", not "not yours". */
  const timedOut = new Map<string, Set<string>>();

  const iso = (ms: number) => new Date(ms).toISOString();

  const freeDriver = (driverId: string) => {
    engaged.delete(driverId);
    drivers?.setStatus(driverId, 'available');
  };

  const closeOffer = (dispatch: Dispatch) => {
    const offer = dispatch.offer;
    if (!offer) return;
    offer.timer.abort();
    dispatch.offer = null;
    freeDriver(offer.driverId);
  };

  /** Offers the ride to the next free candidate, or ends the dispatch as exhausted. */
  const offerNext = (dispatch: Dispatch): Offer | null => {
    while (dispatch.queue.length > 0) {
      const driverId = dispatch.queue.shift()!;
      if (engaged.has(driverId) || (drivers && !drivers.isAvailable(driverId))) continue;
      const now = clock.now();
      const timer = new AbortController();
      const offer = { rideId: dispatch.rideId, driverId, offeredAt: iso(now), expiresAt: iso(now + offerTimeoutMs), expiresAtMs: now + offerTimeoutMs, timer };
      dispatch.offer = offer;
      engaged.set(driverId, { rideId: dispatch.rideId, state: 'offered' });
      drivers?.setStatus(driverId, 'offered');
      if (autoExpire) {
        clock
          .sleep(offerTimeoutMs, timer.signal)
          .then(
            () => expireOffer(dispatch, offer),
            () => undefined, // answered, withdrawn or reset before the time was up
          )
          .catch((error: unknown) => console.error(`[sandbox] moving ride ${dispatch.rideId} on after a timed-out offer failed:`, error)); // a hook's bug, never the client's doing
      }
      events.publish('ride.offered', { ride_id: dispatch.rideId, driver_id: driverId, expires_at: offer.expiresAt });
      const publicOffer = toOffer(offer);
      dispatch.hooks.onOffered?.(publicOffer);
      return publicOffer;
    }
    dispatches.delete(dispatch.rideId);
    dispatch.hooks.onExhausted();
    return null;
  };

  const expireOffer = (dispatch: Dispatch, offer: Dispatch['offer']) => {
    if (!offer || dispatches.get(dispatch.rideId) !== dispatch || dispatch.offer !== offer) return; // already answered or withdrawn
    const late = timedOut.get(dispatch.rideId) ?? new Set<string>();
    timedOut.set(dispatch.rideId, late.add(offer.driverId));
    closeOffer(dispatch);
    dispatch.hooks.onPassed?.(offer.driverId, 'timed_out');
    offerNext(dispatch);
  };

  const expireIfDue = (dispatch: Dispatch) => {
    if (dispatch.offer && clock.now() >= dispatch.offer.expiresAtMs) expireOffer(dispatch, dispatch.offer);
  };

  return {
    start(ride, candidates, hooks) {
      if (dispatches.has(ride.id)) {
        throw new Error(`dispatcher.start: ride ${ride.id} is already being offered to drivers; cancel(rideId) it before starting again.`);
      }
      const dispatch: Dispatch = { rideId: ride.id, queue: [...new Set(candidates.map((candidate) => candidate.id))], hooks, offer: null };
      dispatches.set(ride.id, dispatch);
      return offerNext(dispatch);
    },

    async respond(rideId, driverId, accept) {
      const dispatch = dispatches.get(rideId);
      if (dispatch) expireIfDue(dispatch);
      const current = dispatches.get(rideId);
      const offer = current?.offer ? toOffer(current.offer) : null;
      if (!current || !offer || offer.driverId !== driverId) {
        if (timedOut.get(rideId)?.has(driverId)) {
          return failure('expired', `The offer of ride ${rideId} to ${driverId} expired after ${offerTimeoutMs / 1000} s and went to the next driver; an offer must be answered before its expires_at.`, offer);
        }
        if (offer) {
          return failure('not_offered', `Ride ${rideId} is offered to ${offer.driverId}, not to ${driverId}; only the driver holding the offer may answer it.`, offer);
        }
        return failure('no_dispatch', `Ride ${rideId} has no open offer: it was matched, cancelled, or every candidate passed. GET the ride to see where it stands.`, null);
      }
      if (!accept) {
        closeOffer(current);
        current.hooks.onPassed?.(driverId, 'declined');
        offerNext(current);
        return { ok: true, outcome: 'declined', rideId, driverId };
      }
      // Commit before awaiting the hook: while it runs, no other ride may take this driver.
      current.offer?.timer.abort();
      current.offer = null;
      dispatches.delete(rideId);
      engaged.set(driverId, { rideId, state: 'matched' });
      drivers?.setStatus(driverId, 'busy');
      try {
        await current.hooks.onMatched(driverId);
      } catch (error) {
        freeDriver(driverId);
        throw error;
      }
      return { ok: true, outcome: 'matched', rideId, driverId };
    },

    offerOf(rideId) {
      const dispatch = dispatches.get(rideId);
      if (dispatch) expireIfDue(dispatch);
      const offer = dispatches.get(rideId)?.offer;
      return offer ? toOffer(offer) : null;
    },

    engagementOf(driverId) {
      const engagement = engaged.get(driverId);
      return engagement ? { ...engagement } : null;
    },

    cancel(rideId) {
      const dispatch = dispatches.get(rideId);
      if (!dispatch) return;
      dispatches.delete(rideId);
      closeOffer(dispatch);
    },

    release(driverId) {
      const engagement = engaged.get(driverId);
      if (!engagement) return;
      if (engagement.state === 'offered') {
        const dispatch = dispatches.get(engagement.rideId);
        if (dispatch) {
          closeOffer(dispatch);
          offerNext(dispatch);
          return;
        }
      }
      freeDriver(driverId);
    },

    expireDue() {
      for (const dispatch of [...dispatches.values()]) expireIfDue(dispatch);
    },

    reset() {
      for (const dispatch of dispatches.values()) dispatch.offer?.timer.abort();
      dispatches.clear();
      engaged.clear();
      timedOut.clear();
    },
  };
}

function failure(reason: RespondFailure, message: string, offer: Offer | null): RespondResult {
  return { ok: false, reason, message, offer };
}

function toOffer(offer: Offer): Offer {
  return { rideId: offer.rideId, driverId: offer.driverId, offeredAt: offer.offeredAt, expiresAt: offer.expiresAt };
}
