import { describe, expect, it } from 'vitest';
import { EventLog } from '../../sandbox/events/event-log';
import { createDispatcher } from '../../sandbox/rides/dispatch';
import { createManualClock } from '../../sandbox/store/clock';
import { seededRandom } from '../../sandbox/store/seeded-random';

/**
 * Many rides dispatched at once over overlapping drivers, each driver app answering at a
 * random moment (accept, decline or nothing, so timeouts happen too). Whatever the
 * interleaving, a driver holds at most one offer and is matched to at most one ride.
 */

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

function cityOfRides(seed: number) {
  const clock = createManualClock('2026-03-01T12:00:00.000Z');
  const events = new EventLog(clock);
  const driverIds = Array.from({ length: 8 }, (_, i) => `drv_${i + 1}`);
  const status = new Map(driverIds.map((id) => [id, 'available']));
  const dispatcher = createDispatcher({
    clock,
    events,
    offerTimeoutMs: 15_000,
    drivers: { isAvailable: (id) => status.get(id) === 'available', setStatus: (id, next) => void status.set(id, next) },
  });

  // Watch every offer as it goes out: the driver must not hold another ride's offer or be matched.
  const holding = new Map<string, string>();
  const matchedTo = new Map<string, string>();
  const violations: string[] = [];
  events.subscribe((event) => {
    if (event.type !== 'ride.offered') return;
    const { ride_id, driver_id } = event.data as { ride_id: string; driver_id: string };
    const other = dispatcher.engagementOf(driver_id);
    if (other?.rideId !== ride_id) violations.push(`${driver_id} offered ${ride_id} while engaged with ${other?.rideId}`);
    if (matchedTo.has(driver_id)) violations.push(`${driver_id} offered ${ride_id} while matched to ${matchedTo.get(driver_id)}`);
    holding.set(driver_id, ride_id);
  });

  const random = seededRandom(seed);
  const outcomes = new Map<string, string>();

  /** One ride's life: start with a random slice of the drivers, then its offered drivers answer at random. */
  async function ride(rideId: string): Promise<void> {
    const candidates = driverIds.filter(() => random() < 0.6).map((id) => ({ id }));
    let done = false;
    dispatcher.start({ id: rideId }, candidates, {
      onMatched: async (driverId) => {
        if (matchedTo.has(driverId)) violations.push(`${driverId} matched to ${rideId} and ${matchedTo.get(driverId)}`);
        matchedTo.set(driverId, rideId);
        await macrotask(); // a slow store write: other rides run meanwhile
        outcomes.set(rideId, driverId);
        done = true;
      },
      onExhausted: () => {
        outcomes.set(rideId, 'exhausted');
        done = true;
      },
    });
    while (!done) {
      for (let i = Math.floor(random() * 3); i > 0; i--) await macrotask();
      const offer = dispatcher.offerOf(rideId);
      if (!offer) {
        await macrotask();
        continue;
      }
      const roll = random();
      if (roll < 0.5) continue; // the driver does not answer yet: the clock may time the offer out
      // Two taps on the same offer at once (a double submit): at most one may match.
      const answers = await Promise.all([dispatcher.respond(rideId, offer.driverId, roll < 0.8), dispatcher.respond(rideId, offer.driverId, roll < 0.8)]);
      if (answers.filter((a) => a.ok).length > 1) violations.push(`${offer.driverId} answered ${rideId} twice successfully`);
    }
  }

  return { ride, violations, outcomes, matchedTo, status, dispatcher };
}

describe('dispatching rides concurrently', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`never offers a driver two rides or matches one twice (seed ${seed})`, async () => {
      const city = cityOfRides(seed);
      const rideIds = Array.from({ length: 10 }, (_, i) => `ride_${i + 1}`);
      await Promise.all(rideIds.map((id) => city.ride(id)));

      expect(city.violations).toEqual([]);
      expect([...city.outcomes.keys()].sort()).toEqual([...rideIds].sort());
      const matchedDrivers = [...city.outcomes.values()].filter((o) => o !== 'exhausted');
      expect(new Set(matchedDrivers).size).toBe(matchedDrivers.length);
      for (const [driverId, rideId] of city.matchedTo) {
        expect(city.status.get(driverId)).toBe('busy');
        expect(city.dispatcher.engagementOf(driverId)).toEqual({ rideId, state: 'matched' });
      }
      for (const [driverId, status] of city.status) if (!city.matchedTo.has(driverId)) expect(status).toBe('available');
    });
  }

  it('lets a released driver be offered a new ride', async () => {
    const clock = createManualClock('2026-03-01T12:00:00.000Z');
    const dispatcher = createDispatcher({ clock, events: new EventLog(clock), autoExpire: false });
    const matched: string[] = [];
    dispatcher.start({ id: 'ride_1' }, [{ id: 'drv_1' }], { onMatched: (id) => void matched.push(id), onExhausted: () => undefined });
    await dispatcher.respond('ride_1', 'drv_1', true);
    let exhausted = false;
    dispatcher.start({ id: 'ride_2' }, [{ id: 'drv_1' }], { onMatched: () => undefined, onExhausted: () => void (exhausted = true) });
    expect(exhausted).toBe(true); // still matched to ride_1
    dispatcher.release('drv_1');
    expect(dispatcher.start({ id: 'ride_3' }, [{ id: 'drv_1' }], { onMatched: () => undefined, onExhausted: () => undefined })).toMatchObject({ driverId: 'drv_1' });
  });
});
