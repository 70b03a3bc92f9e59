import fc from 'fast-check';
import type { FuzzRequest } from './sandbox-fuzz-harness';
import { tokenPlaceholder } from './sandbox-fuzz-target';

/**
 * Requests that drive the sandbox's stateful domains deep into their lifecycles, where the
 * store invariants can break: rides offered, accepted by rival drivers, started, completed,
 * cancelled and rated; books lent, returned, renewed and reserved; orders created, changed,
 * paid, shipped and cancelled while their products change. Ids come from small pools, so
 * requests in one sequence meet the same rows. Bodies are valid; the point is the order.
 */

const id = (prefix: string, max: number) => fc.integer({ min: 1, max }).map((n) => `${prefix}_${n}`);
const ride = id('ride', 3);
// drv_1 waits at 52.525, 13.413 (see `place`), so most rides are offered to it first; the others are rivals.
const driver = fc.oneof({ weight: 3, arbitrary: fc.constant('drv_1') }, { weight: 2, arbitrary: id('drv', 12) });
const book = id('bok', 8);
const member = id('mem', 4);
const loan = id('lon', 8);
const order = id('ord', 7);
const product = id('prd', 5);
const user = id('usr', 4);
// Near the seeded drivers, so that requested rides are offered to someone; often exactly where drv_1 waits.
const place = fc.oneof(
  fc.constant({ lat: 52.525, lng: 13.413 }),
  fc.record({ lat: fc.double({ min: 52.49, max: 52.55, noNaN: true }), lng: fc.double({ min: 13.36, max: 13.45, noNaN: true }) }),
);
const asAda = { Authorization: tokenPlaceholder('ada') };

const json = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): FuzzRequest => ({
  method,
  path,
  headers: { 'X-API-Key': 'key_pro_demo', ...headers, ...(body !== undefined && { 'Content-Type': 'application/json' }) },
  ...(body !== undefined && { body: JSON.stringify(body) }),
});

const rideStep = fc.oneof(
  fc.tuple(place, place).map(([pickup, dropoff]) => json('POST', '/api/v1/rides', { pickup, dropoff })),
  fc.tuple(ride, fc.constantFrom('accept', 'accept', 'decline'), driver).map(([r, action, d]) => json('POST', `/api/v1/rides/${r}/${action}`, { driver_id: d })),
  fc.tuple(ride, fc.constantFrom('arrive', 'start', 'complete', 'arrive', 'start', 'complete', 'cancel')).map(([r, action]) => json('POST', `/api/v1/rides/${r}/${action}`)),
  fc.tuple(ride, fc.integer({ min: 1, max: 5 })).map(([r, stars]) => json('POST', `/api/v1/rides/${r}/rating`, { stars })),
  fc.tuple(driver, place).map(([d, location]) => json('POST', `/api/v1/drivers/${d}/location`, location)),
  ride.map((r) => json('GET', `/api/v1/rides/${r}`)),
  fc.constant(json('POST', '/api/v1/drivers', { name: 'Fuzz Driver', vehicle: { make: 'Fiat', model: '500', plate: 'B-FZ 1', seats: 4 } }, asAda)),
);

const libraryStep = fc.oneof(
  fc.tuple(book, member).map(([b, m]) => json('POST', '/api/v1/loans', { book_id: b, member_id: m })),
  fc.tuple(loan, fc.constantFrom('return', 'renew')).map(([l, action]) => json('POST', `/api/v1/loans/${l}/${action}`)),
  fc.tuple(book, member).map(([b, m]) => json('POST', `/api/v1/books/${b}/reserve`, { member_id: m })),
  book.map((b) => json('GET', `/api/v1/books/${b}`)),
  fc.constant(json('GET', '/api/v1/books?available=true')),
);

const orderStep = fc.oneof(
  fc.tuple(user, fc.array(fc.tuple(product, fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 3 })).map(([u, items]) =>
    json('POST', '/api/v1/orders', { user_id: u, items: items.map(([p, quantity]) => ({ product_id: p, quantity })) }),
  ),
  fc.tuple(order, product, fc.integer({ min: 1, max: 9 })).map(([o, p, quantity]) => json('POST', `/api/v1/orders/${o}/items`, { product_id: p, quantity })),
  fc.tuple(order, product, fc.integer({ min: 1, max: 9 })).map(([o, p, quantity]) => json('PATCH', `/api/v1/orders/${o}`, { items: [{ product_id: p, quantity }] })),
  fc.tuple(order, fc.constantFrom('pending', 'paid', 'shipped', 'delivered', 'cancelled')).map(([o, status]) => json('PATCH', `/api/v1/orders/${o}`, { status })),
  fc.tuple(order, fc.constantFrom('pay', 'ship', 'deliver', 'cancel')).map(([o, action]) => json('POST', `/api/v1/orders/${o}/${action}`)),
  fc.tuple(product, fc.integer({ min: 0, max: 100_000 })).map(([p, amount]) => json('PATCH', `/api/v1/products/${p}`, { price_money: { amount, currency: 'EUR' } })),
  product.map((p) => json('DELETE', `/api/v1/products/${p}`)),
  order.map((o) => json('POST', '/api/v1/payments', { order_id: o })),
);

/** One round: one to three requests sent at the same time (rival drivers, double returns), then the next round. */
const randomRound: fc.Arbitrary<FuzzRequest[]> = fc.array(fc.oneof(rideStep, rideStep, libraryStep, orderStep), { minLength: 1, maxLength: 3 });

// A ride taken through its whole life, one step a round, cut short anywhere: random rounds
// alone seldom line up accept, arrive, start and complete on one ride.
const rideScript: fc.Arbitrary<FuzzRequest[][]> = fc.tuple(ride, driver, fc.integer({ min: 2, max: 6 })).map(([r, d, length]) => rideLifecycle(r, d).slice(0, length));

/** The rounds that request a ride, have `driverId` accept it as `rideId`, drive it to the end and rate it. */
export function rideLifecycle(rideId: string, driverId: string): FuzzRequest[][] {
  return [
    [json('POST', '/api/v1/rides', { pickup: { lat: 52.525, lng: 13.413 }, dropoff: { lat: 52.5, lng: 13.4 } })],
    [json('POST', `/api/v1/rides/${rideId}/accept`, { driver_id: driverId })],
    [json('POST', `/api/v1/rides/${rideId}/arrive`)],
    [json('POST', `/api/v1/rides/${rideId}/start`)],
    [json('POST', `/api/v1/rides/${rideId}/complete`)],
    [json('POST', `/api/v1/rides/${rideId}/rating`, { stars: 4 })],
  ];
}

/** A sequence of rounds: random rounds mixed with scripted ride lifecycles. */
export const lifecycleRounds: fc.Arbitrary<FuzzRequest[][]> = fc
  .array(fc.oneof({ weight: 4, arbitrary: randomRound.map((round) => [round]) }, { weight: 1, arbitrary: rideScript }), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.flat());
