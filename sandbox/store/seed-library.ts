import type { AuthorRecord, BookRecord, LoanRecord, MemberRecord, ReservationRecord } from './library-records';
import { DAY_MS, LOAN_PERIOD_MS } from './loan-terms';

/*
 * The library's seed. Catalogue entries have fixed dates; loans and reservations are
 * placed relative to the moment of the reset (`now`), so that on any day the sandbox
 * starts with the same story: Kindred is out (and reserved by mem_2); Guards! Guards!
 * is six days overdue (chapter 2 shows its fee: every started day counts); Parable of
 * the Sower is back on the shelf, held for mem_3.
 */

const iso = (ms: number) => new Date(ms).toISOString();

export function seedAuthors(): AuthorRecord[] {
  return [
    { id: 'aut_1', name: 'Ursula K. Le Guin', created_at: '2026-01-03T09:00:00.000Z' },
    { id: 'aut_2', name: 'Octavia E. Butler', created_at: '2026-01-03T09:01:00.000Z' },
    { id: 'aut_3', name: 'Terry Pratchett', created_at: '2026-01-03T09:02:00.000Z' },
  ];
}

export function seedBooks(): BookRecord[] {
  const book = (n: number, title: string, author_id: string, published_year: number, isbn: string): BookRecord => ({
    id: `bok_${n}`,
    title,
    author_id,
    isbn,
    published_year,
    created_at: `2026-01-04T09:0${n}:00.000Z`,
  });
  return [
    book(1, 'A Wizard of Earthsea', 'aut_1', 1968, '9780000000019'),
    book(2, 'The Left Hand of Darkness', 'aut_1', 1969, '9780000000026'),
    book(3, 'The Dispossessed', 'aut_1', 1974, '9780000000033'),
    book(4, 'Kindred', 'aut_2', 1979, '9780000000040'),
    book(5, 'Parable of the Sower', 'aut_2', 1993, '9780000000057'),
    book(6, 'Guards! Guards!', 'aut_3', 1989, '9780000000064'),
    book(7, 'Small Gods', 'aut_3', 1992, '9780000000071'),
    book(8, 'Night Watch', 'aut_3', 2002, '9780000000088'),
  ];
}

export function seedMembers(): MemberRecord[] {
  return [
    { id: 'mem_1', name: 'Rosalind Franklin', email: 'rosalind@example.com', created_at: '2026-01-08T10:00:00.000Z' },
    { id: 'mem_2', name: 'Chien-Shiung Wu', email: 'chien-shiung@example.com', created_at: '2026-01-08T10:05:00.000Z' },
    { id: 'mem_3', name: 'Hedy Lamarr', email: 'hedy@example.com', created_at: '2026-01-08T10:10:00.000Z' },
  ];
}

export function seedLoans(now: number): LoanRecord[] {
  // A loan that started `daysAgo` days before now, returned `returnedDaysAgo` days before now (or still out).
  const loan = (n: number, book_id: string, member_id: string, daysAgo: number, returnedDaysAgo: number | null): LoanRecord => {
    const borrowed = now - daysAgo * DAY_MS;
    return {
      id: `lon_${n}`,
      book_id,
      member_id,
      borrowed_at: iso(borrowed),
      due_at: iso(borrowed + LOAN_PERIOD_MS),
      returned_at: returnedDaysAgo === null ? null : iso(now - returnedDaysAgo * DAY_MS),
      renewals: 0,
    };
  };
  return [
    loan(1, 'bok_1', 'mem_2', 40, 28), // returned on time: no fee
    loan(2, 'bok_2', 'mem_1', 30, 13), // returned 3 days late: 0.75 EUR
    loan(3, 'bok_5', 'mem_1', 16, 1), // returned 1 day late: 0.25 EUR; now held for mem_3
    loan(4, 'bok_6', 'mem_3', 20, null), // out, due 6 days ago: 1.50 EUR at the reset, 1.75 EUR a moment later
    loan(5, 'bok_4', 'mem_1', 3, null), // out, due in 11 days
  ];
}

export function seedReservations(now: number): ReservationRecord[] {
  const reservation = (n: number, book_id: string, member_id: string, daysAgo: number): ReservationRecord => ({
    id: `rsv_${n}`,
    book_id,
    member_id,
    status: 'waiting',
    loan_id: null,
    created_at: iso(now - daysAgo * DAY_MS),
  });
  return [reservation(1, 'bok_5', 'mem_3', 5), reservation(2, 'bok_4', 'mem_2', 1)];
}
