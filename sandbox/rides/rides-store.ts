import type { EventLog } from '../events/event-log';
import type { Clock } from '../store/clock';
import { Collection } from '../store/collection';
import { createDispatcher, type Dispatcher } from './dispatch';
import type { DriverRecord, RatingRecord, RideRecord, RidePaymentRecord, RiderRecord } from './records';
import { seedDrivers, seedRiders } from './seed';

/**
 * The capstone's tables, kept on the runtime as `runtime.rides` so that the sandbox's reset
 * puts the city back: the seeded drivers and riders, and no rides, payments or ratings.
 */
export interface Rides {
  drivers: Collection<DriverRecord>;
  riders: Collection<RiderRecord>;
  rides: Collection<RideRecord>;
  /** Charges for completed rides (ids `rpay_N`, apart from the orders' `pay_N`). */
  payments: Collection<RidePaymentRecord>;
  ratings: Collection<RatingRecord>;
  /**
   * Offers requested rides to nearby drivers in turn (dispatch.ts). Offers expire when something
   * looks (every rides route calls `expireDue()` first, and so does the city simulation's tick),
   * not by a timer: on the tests' manual clock a timer would move time by itself.
   */
  dispatcher: Dispatcher;
  /** Back to the seeded drivers and riders, with no rides, payments or ratings. */
  reset(): void;
}

/** Creates the rides tables with their seed data. */
export function createRides(clock: Clock, events: EventLog): Rides {
  const drivers = new Collection<DriverRecord>('drv', seedDrivers);
  const riders = new Collection<RiderRecord>('rdr', seedRiders);
  const rides = new Collection<RideRecord>('ride', () => []);
  const payments = new Collection<RidePaymentRecord>('rpay', () => []);
  const ratings = new Collection<RatingRecord>('rtg', () => []);
  const dispatcher = createDispatcher({
    clock,
    events,
    autoExpire: false,
    drivers: {
      isAvailable: (driverId) => drivers.get(driverId)?.status === 'available',
      setStatus: (driverId, status) => void drivers.update(driverId, { status }),
    },
  });
  return {
    drivers,
    riders,
    rides,
    payments,
    ratings,
    dispatcher,
    reset() {
      dispatcher.reset();
      for (const table of [drivers, riders, rides, payments, ratings]) table.reset();
    },
  };
}
