import { resourcePath } from '../../patterns/links';
import type { Clock } from '../../store/clock';
import type { AuthorRecord, BookRecord, LoanRecord, MemberRecord, ReservationRecord } from '../../store/library-records';
import { lateFee, loanStatus } from '../../store/loan-terms';
import type { LendingRules } from './rules';

/**
 * How the library's rows look on the wire. What is worked out rather than stored is
 * added here: a book's `available`, a loan's `status` and `late_fee`, a reservation's
 * place in its queue. Each resource links to itself and to what it is related to.
 */

export function authorLinks(author: Pick<AuthorRecord, 'id'>) {
  return { self: resourcePath('authors', author.id), books: resourcePath('authors', author.id, 'books') };
}

export function memberLinks(member: Pick<MemberRecord, 'id'>) {
  return { self: resourcePath('members', member.id), loans: resourcePath('members', member.id, 'loans') };
}

export function bookLinks(book: Pick<BookRecord, 'id' | 'author_id'>) {
  return { self: resourcePath('books', book.id), author: resourcePath('authors', book.author_id), reservations: resourcePath('books', book.id, 'reservations') };
}

export function loanLinks(loan: Pick<LoanRecord, 'id' | 'book_id' | 'member_id'>) {
  return { self: resourcePath('loans', loan.id), book: resourcePath('books', loan.book_id), member: resourcePath('members', loan.member_id) };
}

export function reservationLinks(reservation: Pick<ReservationRecord, 'id' | 'book_id' | 'member_id'>) {
  return { self: resourcePath('reservations', reservation.id), book: resourcePath('books', reservation.book_id), member: resourcePath('members', reservation.member_id) };
}

export type LibraryView = ReturnType<typeof libraryView>;

/** Presenters that need the rules (availability, queues) or the clock (fees). */
export function libraryView(rules: LendingRules, clock: Clock) {
  return {
    book: (book: BookRecord) => ({ ...book, available: rules.isAvailable(book.id) }),
    loan: (loan: LoanRecord) => {
      const now = clock.now();
      return { ...loan, status: loanStatus(loan, now), late_fee: lateFee(loan, now) };
    },
    reservation: (reservation: ReservationRecord) => {
      const place = rules.queue(reservation.book_id).findIndex((waiting) => waiting.id === reservation.id);
      return { ...reservation, position: place >= 0 ? place + 1 : null };
    },
  };
}
