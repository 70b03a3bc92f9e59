import type { Runtime } from '../../sandbox/services/runtime';
import { MAX_RENEWALS } from '../../sandbox/store/loan-terms';
import type { Store } from '../../sandbox/store/store';

/**
 * What must hold in a sandbox's data whatever requests came before: read straight from the
 * store and the runtime, not through the API, so a route that lies about its own data is caught.
 * Returns one sentence per broken rule (empty when all hold).
 */
export function storeViolations(store: Store, runtime: Runtime): string[] {
  return [...libraryViolations(store), ...orderViolations(store), ...rideViolations(runtime)];
}

// Books are single copies and are never deleted; members neither. A loan or reservation points at both.
function libraryViolations(store: Store): string[] {
  const found: string[] = [];
  const openLoans = new Map<string, string>();
  for (const loan of store.loans.all()) {
    if (!store.books.get(loan.book_id)) found.push(`orphan loan: ${loan.id} lends ${loan.book_id}, which does not exist`);
    if (!store.members.get(loan.member_id)) found.push(`orphan loan: ${loan.id} is held by ${loan.member_id}, who does not exist`);
    if (loan.renewals < 0 || loan.renewals > MAX_RENEWALS) found.push(`loan ${loan.id} was renewed ${loan.renewals} times (allowed 0..${MAX_RENEWALS})`);
    if (loan.returned_at === null) {
      const other = openLoans.get(loan.book_id);
      if (other) found.push(`book ${loan.book_id} is out twice: loans ${other} and ${loan.id} are both open (a book is one copy, stock below zero)`);
      openLoans.set(loan.book_id, loan.id);
    }
  }
  for (const reservation of store.reservations.all()) {
    if (!store.books.get(reservation.book_id)) found.push(`orphan reservation: ${reservation.id} waits for ${reservation.book_id}, which does not exist`);
    if (!store.members.get(reservation.member_id)) found.push(`orphan reservation: ${reservation.id} belongs to ${reservation.member_id}, who does not exist`);
    if (reservation.status === 'fulfilled' && !reservation.loan_id) found.push(`reservation ${reservation.id} is fulfilled without a loan`);
  }
  for (const book of store.books.all()) {
    if (!store.authors.get(book.author_id)) found.push(`orphan book: ${book.id} names author ${book.author_id}, who does not exist`);
  }
  return found;
}

// An order's total is what its items cost at the prices they were ordered at; nothing is negative.
function orderViolations(store: Store): string[] {
  const found: string[] = [];
  for (const order of store.orders.all()) {
    let sum = 0;
    for (const item of order.items) {
      if (!Number.isSafeInteger(item.quantity) || item.quantity < 1) found.push(`order ${order.id} item ${item.id} has quantity ${item.quantity}`);
      if (!Number.isSafeInteger(item.unit_price.amount) || item.unit_price.amount < 0) found.push(`order ${order.id} item ${item.id} costs ${item.unit_price.amount}`);
      sum += item.quantity * item.unit_price.amount;
    }
    if (order.total.amount !== sum) found.push(`order ${order.id} totals ${order.total.amount} but its items add up to ${sum}`);
    if (order.total.currency !== 'EUR') found.push(`order ${order.id} totals in ${order.total.currency}`);
  }
  for (const product of store.products.all()) {
    if (!Number.isSafeInteger(product.price_money.amount) || product.price_money.amount < 0) found.push(`product ${product.id} costs ${product.price_money.amount}`);
  }
  return found;
}

const ACTIVE_RIDE = new Set(['matched', 'driver_arriving', 'in_progress']);

// A matched ride has exactly one driver, who exists, is busy, and is on no other active ride.
function rideViolations(runtime: Runtime): string[] {
  const found: string[] = [];
  const { rides, drivers, riders } = runtime.rides;
  const rideOfDriver = new Map<string, string>();
  for (const ride of rides.all()) {
    if (!riders.get(ride.rider_id)) found.push(`ride ${ride.id} belongs to rider ${ride.rider_id}, who does not exist`);
    if (!ACTIVE_RIDE.has(ride.status)) continue;
    if (!ride.driver_id) {
      found.push(`ride ${ride.id} is ${ride.status} without a driver`);
      continue;
    }
    const driver = drivers.get(ride.driver_id);
    if (!driver) found.push(`ride ${ride.id} is driven by ${ride.driver_id}, who does not exist`);
    else if (driver.status !== 'busy') found.push(`ride ${ride.id} is ${ride.status} but its driver ${driver.id} is ${driver.status}, not busy`);
    const other = rideOfDriver.get(ride.driver_id);
    if (other) found.push(`driver ${ride.driver_id} is on two active rides: ${other} and ${ride.id}`);
    rideOfDriver.set(ride.driver_id, ride.id);
  }
  for (const ride of rides.all()) {
    if (ride.fare && ride.fare.amount < 0) found.push(`ride ${ride.id} has a negative fare ${ride.fare.amount}`);
  }
  return found;
}

/** A fuzzed `__proto__` or `constructor` key must never reach Object.prototype. */
export function prototypeViolations(): string[] {
  const probe = {} as Record<string, unknown>;
  const leaked = Object.keys(Object.prototype).concat(['polluted', 'isAdmin'].filter((key) => probe[key] !== undefined));
  return leaked.length ? [`Object.prototype was polluted with ${leaked.join(', ')}`] : [];
}
