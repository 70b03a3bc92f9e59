import { describe, expect, it } from 'vitest';
import { fuzzSandbox } from './sandbox-fuzz-target';
import { storeViolations } from './sandbox-invariants';

/* The invariants the fuzzers rely on must catch what they name; a checker that never complains proves nothing. */

const START = '2026-03-01T12:00:00.000Z';

describe('the store invariants', () => {
  it('hold for the seed data', () => {
    const sandbox = fuzzSandbox();
    expect(storeViolations(sandbox.store, sandbox.runtime)).toEqual([]);
  });

  it('report a loan of a book that does not exist, and a book lent twice', () => {
    const { store, runtime } = fuzzSandbox();
    const open = store.loans.all().find((loan) => loan.returned_at === null)!;
    store.loans.insert({ book_id: 'bok_404', member_id: 'mem_1', borrowed_at: START, due_at: START, returned_at: null, renewals: 0 });
    store.loans.insert({ book_id: open.book_id, member_id: 'mem_1', borrowed_at: START, due_at: START, returned_at: null, renewals: 0 });
    const found = storeViolations(store, runtime).join('\n');
    expect(found).toContain('orphan loan');
    expect(found).toContain(`book ${open.book_id} is out twice`);
  });

  it('report an order whose total is not the sum of its items', () => {
    const { store, runtime } = fuzzSandbox();
    store.orders.update('ord_1', { total: { amount: 1, currency: 'EUR' } });
    expect(storeViolations(store, runtime).join('\n')).toContain('order ord_1 totals 1');
  });

  it('report a driver on two active rides, and a matched ride whose driver is not busy', () => {
    const { store, runtime } = fuzzSandbox();
    const ride = { rider_id: 'rdr_1', driver_id: 'drv_1', status: 'matched' as const, pickup: { lat: 52.5, lng: 13.4 }, dropoff: { lat: 52.5, lng: 13.4 }, requested_at: START, matched_at: START, started_at: null, completed_at: null, cancelled_at: null, cancellation_fee: null, fare: null, payment_id: null, payment_status: null, note: null };
    runtime.rides.rides.insert(ride);
    runtime.rides.rides.insert({ ...ride, status: 'in_progress' });
    const found = storeViolations(store, runtime).join('\n');
    expect(found).toContain('driver drv_1 is on two active rides');
    expect(found).toContain('its driver drv_1 is available, not busy');
  });
});
