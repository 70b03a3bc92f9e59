import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, START, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const DAY = 24 * 60 * 60 * 1000;
const at = (ms: number) => new Date(Date.parse(START) + ms).toISOString();
const borrow = (book_id: string, member_id: string) => call(sandbox, 'POST', '/api/v1/loans', { json: { book_id, member_id } });
const action = (loanId: string, name: 'return' | 'renew') => call(sandbox, 'POST', `/api/v1/loans/${loanId}/${name}`);

describe('borrowing', () => {
  it('lends a book on the shelf for 14 days: 201, Location, and the book is no longer available', async () => {
    const res = await borrow('bok_3', 'mem_2');
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/loans/lon_6');
    expect(res.body).toEqual({
      data: {
        id: 'lon_6',
        book_id: 'bok_3',
        member_id: 'mem_2',
        status: 'active',
        borrowed_at: START,
        due_at: at(14 * DAY),
        returned_at: null,
        renewals: 0,
        late_fee: { amount: 0, currency: 'EUR' },
      },
      links: { self: '/api/v1/loans/lon_6', book: '/api/v1/books/bok_3', member: '/api/v1/members/mem_2' },
    });
    expect((await call(sandbox, 'GET', '/api/v1/books/bok_3')).body.data.available).toBe(false);
  });

  it('refuses a book that is on loan with 409 book_unavailable, suggesting a reservation', async () => {
    const res = await borrow('bok_6', 'mem_1');
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ type: 'business_error', code: 'book_unavailable', param: 'book_id' });
    expect(res.body.error.message).toContain('POST /api/v1/books/bok_6/reserve');
  });

  it('tells a member who already has the book to renew instead', async () => {
    const res = await borrow('bok_4', 'mem_1');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('book_unavailable');
    expect(res.body.error.message).toContain('POST /api/v1/loans/lon_5/renew');
  });

  it('names every unknown id in one 422 and lends nothing', async () => {
    const res = await borrow('bok_99', 'mem_99');
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['book_id', 'not_found'],
      ['member_id', 'not_found'],
    ]);
    expect((await call(sandbox, 'GET', '/api/v1/loans')).body.meta.count).toBe(5);
  });

  it('shows the seed’s overdue loan with the fee it has run up: six days, and a seventh once a moment passes', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/loans/lon_4');
    expect(res.body.data).toMatchObject({ status: 'overdue', returned_at: null, late_fee: { amount: 150, currency: 'EUR' } });
    sandbox.clock.advance(1);
    expect((await call(sandbox, 'GET', '/api/v1/loans/lon_4')).body.data.late_fee.amount).toBe(175);
  });

  it('lists the overdue loans, the ones to chase', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/loans?status=overdue');
    expect(res.body.data.map((loan: { id: string }) => loan.id)).toEqual(['lon_4']);
    expect(res.body.links.self).toBe('/api/v1/loans?status=overdue');
  });
});

describe('returning', () => {
  it('ends the loan now: 200 with returned_at and the final fee, and the book is available again', async () => {
    sandbox.clock.advance(2 * DAY);
    const res = await action('lon_4', 'return'); // bok_6, due 6 days before START: 8 days late
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: 'lon_4', status: 'returned', returned_at: at(2 * DAY), late_fee: { amount: 8 * 25, currency: 'EUR' } });
    expect((await call(sandbox, 'GET', '/api/v1/books/bok_6')).body.data.available).toBe(true);
  });

  it('holds a returned book for the member who reserved it instead of making it available to all', async () => {
    const res = await action('lon_5', 'return'); // bok_4, reserved by mem_2
    expect(res.body.data.late_fee.amount).toBe(0);
    expect((await call(sandbox, 'GET', '/api/v1/books/bok_4')).body.data.available).toBe(false);
  });

  it('refuses to return a loan twice with 409 loan_already_returned', async () => {
    await action('lon_5', 'return');
    const res = await action('lon_5', 'return');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('loan_already_returned');
    expect(res.body.error.message).toContain(`returned at ${START}`);
  });

  it('returns 404 for a loan that does not exist', async () => {
    expect((await action('lon_99', 'return')).status).toBe(404);
    expect((await action('lon_99', 'renew')).status).toBe(404);
  });
});

describe('late fees', () => {
  // Borrowed at START, due 14 days later; returned `late` ms after the due date.
  it.each([
    ['on the due date exactly', 0, 0],
    ['1 ms late (one started day)', 1, 25],
    ['1 day and 1 ms late (two started days)', DAY + 1, 50],
    ['exactly 3 days late', 3 * DAY, 75],
  ])('charges 0.25 EUR per started day: returned %s costs %i cents', async (_, late, cents) => {
    const loan = (await borrow('bok_3', 'mem_2')).body.data;
    sandbox.clock.advance(14 * DAY + late);
    const res = await action(loan.id, 'return');
    expect(res.body.data.late_fee).toEqual({ amount: cents, currency: 'EUR' });
  });

  it('shows the fee growing on a loan that is still out, and freezes it on return', async () => {
    const loan = (await borrow('bok_3', 'mem_2')).body.data;
    sandbox.clock.advance(15 * DAY);
    expect((await call(sandbox, 'GET', `/api/v1/loans/${loan.id}`)).body.data).toMatchObject({ status: 'overdue', late_fee: { amount: 25 } });
    sandbox.clock.advance(DAY);
    await action(loan.id, 'return');
    sandbox.clock.advance(10 * DAY);
    expect((await call(sandbox, 'GET', `/api/v1/loans/${loan.id}`)).body.data.late_fee.amount).toBe(50);
  });
});

describe('renewing', () => {
  it('moves the due date 14 days later and counts the renewal', async () => {
    const loan = (await borrow('bok_3', 'mem_2')).body.data;
    sandbox.clock.advance(10 * DAY);
    const res = await action(loan.id, 'renew');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ due_at: at(28 * DAY), renewals: 1, status: 'active' });
  });

  it('allows two renewals, then refuses with 409 renewal_limit_reached', async () => {
    const loan = (await borrow('bok_3', 'mem_2')).body.data;
    expect((await action(loan.id, 'renew')).status).toBe(200);
    expect((await action(loan.id, 'renew')).body.data).toMatchObject({ renewals: 2, due_at: at(42 * DAY) });
    const third = await action(loan.id, 'renew');
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('renewal_limit_reached');
    expect(third.body.error.message).toContain(`Return the book by ${at(42 * DAY)}`);
  });

  it('refuses an overdue loan with 409 loan_overdue once the clock passes the due date', async () => {
    const loan = (await borrow('bok_3', 'mem_2')).body.data;
    sandbox.clock.advance(14 * DAY);
    expect((await action(loan.id, 'renew')).status).toBe(200); // on the due date itself: not yet overdue
    sandbox.clock.advance(14 * DAY + 1);
    const res = await action(loan.id, 'renew');
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'loan_overdue', type: 'business_error' });
    expect(res.body.error.message).toContain(`POST /api/v1/loans/${loan.id}/return`);
    expect(res.body.error.message).toContain('0.25 EUR so far');
  });

  it('refuses while another member waits for the book, with 409 book_reserved', async () => {
    const res = await action('lon_5', 'renew'); // bok_4, reserved by mem_2
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('book_reserved');
    expect((await call(sandbox, 'GET', '/api/v1/loans/lon_5')).body.data.renewals).toBe(0);
  });

  it('refuses a returned loan with 409 loan_already_returned', async () => {
    const res = await action('lon_1', 'renew');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('loan_already_returned');
  });
});
