import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, START, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const ids = (res: { body: { data: { id: string }[] } }) => res.body.data.map((item) => item.id);
const books = async (query: string) => ids(await call(sandbox, 'GET', `/api/v1/books${query}`));

describe('authors', () => {
  it('lists the authors, each linking to itself and its books', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/authors');
    expect(res.body.data.map((a: { name: string }) => a.name)).toEqual(['Ursula K. Le Guin', 'Octavia E. Butler', 'Terry Pratchett']);
    expect(res.body.data[1].links).toEqual({ self: '/api/v1/authors/aut_2', books: '/api/v1/authors/aut_2/books' });
  });

  it("lists an author's books as a sub-collection", async () => {
    const res = await call(sandbox, 'GET', '/api/v1/authors/aut_3/books');
    expect(ids(res)).toEqual(['bok_6', 'bok_7', 'bok_8']);
    expect(res.body.links.self).toBe('/api/v1/authors/aut_3/books');
  });

  it('adds an author with 201 and Location', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/authors', { json: { name: 'N. K. Jemisin' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/authors/aut_4');
    expect(res.body.data).toEqual({ id: 'aut_4', name: 'N. K. Jemisin', created_at: START });
  });

  it('returns 404 for an author, or the books of an author, that does not exist', async () => {
    expect((await call(sandbox, 'GET', '/api/v1/authors/aut_9')).status).toBe(404);
    expect((await call(sandbox, 'GET', '/api/v1/authors/aut_9/books')).status).toBe(404);
  });
});

describe('books', () => {
  it('shows a book with whether it can be borrowed now, and links to its author and reservations', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/books/bok_1');
    expect(res.body).toEqual({
      data: { id: 'bok_1', title: 'A Wizard of Earthsea', author_id: 'aut_1', isbn: '9780000000019', published_year: 1968, available: true, created_at: '2026-01-04T09:01:00.000Z' },
      links: { self: '/api/v1/books/bok_1', author: '/api/v1/authors/aut_1', reservations: '/api/v1/books/bok_1/reservations' },
    });
  });

  it('counts a book on loan, and a book held for a reservation, as not available', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/books');
    const available = Object.fromEntries(res.body.data.map((b: { id: string; available: boolean }) => [b.id, b.available]));
    expect(available).toEqual({ bok_1: true, bok_2: true, bok_3: true, bok_4: false, bok_5: false, bok_6: false, bok_7: true, bok_8: true });
  });

  it('adds a book with 201 and Location; it starts out available', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/books', { json: { title: 'The Fifth Season', author_id: 'aut_2', isbn: '9780000000095', published_year: 2015 } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/books/bok_9');
    expect(res.body.data).toMatchObject({ id: 'bok_9', available: true, created_at: START });
  });

  it('lists every problem of a new book, an unknown author included', async () => {
    const bad = await call(sandbox, 'POST', '/api/v1/books', { json: { title: 'X', author_id: 'aut_1', isbn: '978-0-00', published_year: 3000 } });
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual(['isbn', 'published_year']);
    expect(bad.body.error.details[0].message).toBe('isbn must be an ISBN-13: 13 digits starting with 978 or 979, without hyphens.');
    const unknown = await call(sandbox, 'POST', '/api/v1/books', { json: { title: 'X', author_id: 'aut_9', isbn: '9780000000095', published_year: 2015 } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toEqual([{ field: 'author_id', code: 'not_found', message: expect.stringContaining('GET /api/v1/authors') }]);
  });
});

describe('book search', () => {
  it('finds words of the title in any case', async () => {
    expect(await books('?q=EARTHSEA')).toEqual(['bok_1']);
    expect(await books('?q=the')).toEqual(['bok_2', 'bok_3', 'bok_5']);
  });

  it("finds books by words of the author's name", async () => {
    expect(await books('?q=butler')).toEqual(['bok_4', 'bok_5']);
  });

  it('filters by author id and by availability, and combines filters', async () => {
    expect(await books('?author=aut_1')).toEqual(['bok_1', 'bok_2', 'bok_3']);
    expect(await books('?available=false')).toEqual(['bok_4', 'bok_5', 'bok_6']);
    expect(await books('?available=true&q=pratchett')).toEqual(['bok_7', 'bok_8']);
    expect(await books('?author=aut_2&available=true')).toEqual([]);
  });

  it('follows a loan: a borrowed book drops out of available=true', async () => {
    await call(sandbox, 'POST', '/api/v1/loans', { json: { book_id: 'bok_7', member_id: 'mem_2' } });
    expect(await books('?available=true&author=aut_3')).toEqual(['bok_8']);
  });

  it('keeps the search in the links of every page', async () => {
    const first = await call(sandbox, 'GET', '/api/v1/books?q=pratchett&limit=2');
    expect(first.body.links.next).toBe('/api/v1/books?q=pratchett&limit=2&starting_after=bok_7');
    expect(ids(await call(sandbox, 'GET', first.body.links.next))).toEqual(['bok_8']);
    const pages = await call(sandbox, 'GET', '/api/v1/books?available=true&per_page=2');
    expect(pages.body.links.next).toBe('/api/v1/books?available=true&page=2&per_page=2&snapshot=0');
  });

  it('refuses filters it cannot read, naming each one', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/books?available=yes&author=ursula&q=');
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['author', 'available', 'q']);
  });
});

describe('members', () => {
  it('lists members, each linking to its loans', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/members');
    expect(ids(res)).toEqual(['mem_1', 'mem_2', 'mem_3']);
    expect(res.body.data[0].links).toEqual({ self: '/api/v1/members/mem_1', loans: '/api/v1/members/mem_1/loans' });
  });

  it('registers a member with 201 and Location, and refuses a second member with the same email', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/members', { json: { name: 'Barbara McClintock', email: 'barbara@example.com' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/members/mem_4');
    const again = await call(sandbox, 'POST', '/api/v1/members', { json: { name: 'B. McClintock', email: 'Barbara@Example.com' } });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'email_taken', param: 'email' });
  });

  it("lists a member's loans, past and present, with their status and fee", async () => {
    const res = await call(sandbox, 'GET', '/api/v1/members/mem_1/loans');
    expect(res.body.data.map((l: { id: string; status: string; late_fee: { amount: number } }) => [l.id, l.status, l.late_fee.amount])).toEqual([
      ['lon_2', 'returned', 75],
      ['lon_3', 'returned', 25],
      ['lon_5', 'active', 0],
    ]);
  });

  it('returns 404 for a member that does not exist, and for its loans', async () => {
    expect((await call(sandbox, 'GET', '/api/v1/members/mem_9')).status).toBe(404);
    expect((await call(sandbox, 'GET', '/api/v1/members/mem_9/loans')).status).toBe(404);
  });
});
