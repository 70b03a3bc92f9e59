import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, START, testSandbox } from './support';

/*
 * The reservation queue. Seed: bok_4 is on loan to mem_1 and reserved by mem_2 (rsv_2);
 * bok_5 is back on the shelf and held for mem_3 (rsv_1); bok_6 is on loan, nobody waiting.
 */

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const reserve = (bookId: string, member_id: string) => call(sandbox, 'POST', `/api/v1/books/${bookId}/reserve`, { json: { member_id } });
const borrow = (book_id: string, member_id: string) => call(sandbox, 'POST', '/api/v1/loans', { json: { book_id, member_id } });
const queue = async (bookId: string) =>
  (await call(sandbox, 'GET', `/api/v1/books/${bookId}/reservations`)).body.data.map((r: { member_id: string; status: string; position: number | null }) => [
    r.member_id,
    r.status,
    r.position,
  ]);

describe('reserving', () => {
  it('puts a member in the queue of a book on loan: 201, Location, place 1', async () => {
    const res = await reserve('bok_6', 'mem_1');
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/reservations/rsv_3');
    expect(res.body).toEqual({
      data: { id: 'rsv_3', book_id: 'bok_6', member_id: 'mem_1', status: 'waiting', position: 1, loan_id: null, created_at: START },
      links: { self: '/api/v1/reservations/rsv_3', book: '/api/v1/books/bok_6', member: '/api/v1/members/mem_1' },
    });
  });

  it('lines members up first come, first served', async () => {
    await reserve('bok_4', 'mem_3');
    expect(await queue('bok_4')).toEqual([
      ['mem_2', 'waiting', 1],
      ['mem_3', 'waiting', 2],
    ]);
    expect((await call(sandbox, 'GET', '/api/v1/reservations/rsv_3')).body.data.position).toBe(2);
  });

  it('refuses a second reservation by the same member with 409 already_reserved', async () => {
    const res = await reserve('bok_4', 'mem_2');
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'already_reserved', param: 'member_id' });
    expect(res.body.error.message).toContain('/api/v1/reservations/rsv_2');
  });

  it('refuses to reserve a book on the shelf with 409 book_available: borrow it instead', async () => {
    const res = await reserve('bok_1', 'mem_2');
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'book_available', param: 'book_id' });
    expect(res.body.error.message).toContain('borrow it instead with POST /api/v1/loans');
  });

  it('lets a member join the queue of a book held for someone else', async () => {
    const res = await reserve('bok_5', 'mem_1');
    expect(res.status).toBe(201);
    expect(res.body.data.position).toBe(2);
  });

  it('returns 404 for an unknown book and 422 for an unknown member', async () => {
    expect((await reserve('bok_99', 'mem_1')).status).toBe(404);
    const res = await reserve('bok_6', 'mem_99');
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ field: 'member_id', code: 'not_found', message: expect.stringContaining('"mem_99"') }]);
  });
});

describe('borrowing a reserved book', () => {
  it('refuses any member but the head of the queue with 409 book_reserved', async () => {
    const res = await borrow('bok_5', 'mem_2');
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ type: 'business_error', code: 'book_reserved', param: 'member_id' });
    expect(res.body.error.message).toContain('POST /api/v1/books/bok_5/reserve');
  });

  it('lends it to the member at the head of the queue (201) and marks the reservation fulfilled', async () => {
    const res = await borrow('bok_5', 'mem_3');
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ id: 'lon_6', book_id: 'bok_5', member_id: 'mem_3', status: 'active' });
    const reservation = await call(sandbox, 'GET', '/api/v1/reservations/rsv_1');
    expect(reservation.body.data).toMatchObject({ status: 'fulfilled', position: null, loan_id: 'lon_6' });
    expect(await queue('bok_5')).toEqual([['mem_3', 'fulfilled', null]]);
  });

  it('walks the whole queue: return, the head borrows, the next one waits their turn', async () => {
    await reserve('bok_4', 'mem_3');
    expect((await call(sandbox, 'POST', '/api/v1/loans/lon_5/return')).status).toBe(200);

    const early = await borrow('bok_4', 'mem_3');
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('book_reserved');
    expect(early.body.error.message).toContain('mem_3 is number 2 in the queue');

    const head = await borrow('bok_4', 'mem_2');
    expect(head.status).toBe(201);
    expect(await queue('bok_4')).toEqual([
      ['mem_2', 'fulfilled', null],
      ['mem_3', 'waiting', 1],
    ]);

    // Now mem_3 is next: mem_2 cannot renew, and on return the book goes to mem_3.
    expect((await call(sandbox, 'POST', `/api/v1/loans/${head.body.data.id}/renew`)).body.error.code).toBe('book_reserved');
    await call(sandbox, 'POST', `/api/v1/loans/${head.body.data.id}/return`);
    expect((await borrow('bok_4', 'mem_1')).body.error.code).toBe('book_reserved');
    expect((await borrow('bok_4', 'mem_3')).status).toBe(201);
  });

  it('while the book is still out, answers book_unavailable even to the head of the queue', async () => {
    const res = await borrow('bok_4', 'mem_2');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('book_unavailable');
  });
});
