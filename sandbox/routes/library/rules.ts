import { ApiError } from '../../patterns/errors';
import { resourcePath } from '../../patterns/links';
import type { Clock } from '../../store/clock';
import type { LoanRecord, ReservationRecord } from '../../store/library-records';
import { isOverdue, lateFee, MAX_RENEWALS } from '../../store/loan-terms';
import type { Store } from '../../store/store';

/**
 * The library's rules, each refusal a 409 with its own code and a message that says
 * why and what to do instead. Routes call a check before they change anything, so a
 * refused request leaves no trace. A book is one copy: on loan, or on the shelf (and then
 * held for the first member in its reservation queue, if anyone is waiting).
 */

export type LendingRules = ReturnType<typeof lendingRules>;

/** The rules over one store, judged at the clock's current time. */
export function lendingRules(store: Store, clock: Clock) {
  /** The members waiting for a book, first come first served (reservation ids grow with time). */
  const queue = (bookId: string): ReservationRecord[] =>
    store.reservations.all().filter((reservation) => reservation.book_id === bookId && reservation.status === 'waiting');
  const activeLoan = (bookId: string): LoanRecord | undefined => store.loans.all().find((loan) => loan.book_id === bookId && loan.returned_at === null);
  const reservePath = (bookId: string) => resourcePath('books', bookId, 'reserve');

  return {
    queue,
    activeLoan,

    /** On the shelf and nobody waiting: anyone may borrow it now. */
    isAvailable: (bookId: string) => !activeLoan(bookId) && queue(bookId).length === 0,

    /** Throws unless `memberId` may borrow the book now; returns the reservation the loan fulfils, if any. */
    checkBorrow(bookId: string, memberId: string): ReservationRecord | undefined {
      const loan = activeLoan(bookId);
      if (loan) {
        throw new ApiError(
          'book_unavailable',
          loan.member_id === memberId
            ? `Member ${memberId} already has ${bookId} on loan (${loan.id}). To keep it longer, renew that loan: POST ${resourcePath('loans', loan.id, 'renew')}.`
            : `${bookId} is on loan until ${loan.due_at}. Reserve it (POST ${reservePath(bookId)}) to borrow it when it comes back, or choose another book.`,
          { param: 'book_id' },
        );
      }
      const waiting = queue(bookId);
      const head = waiting[0];
      if (head && head.member_id !== memberId) {
        const place = waiting.findIndex((reservation) => reservation.member_id === memberId);
        throw new ApiError(
          'book_reserved',
          `${bookId} is held for the member at the head of its reservation queue; only that member may borrow it now. ` +
            (place > 0
              ? `Member ${memberId} is number ${place + 1} in the queue and can borrow it when their turn comes.`
              : `Reserve it (POST ${reservePath(bookId)}) to join the queue.`),
          { param: 'member_id' },
        );
      }
      return head;
    },

    /** Throws unless `memberId` may join the book's queue. */
    checkReserve(bookId: string, memberId: string): void {
      const own = queue(bookId).find((reservation) => reservation.member_id === memberId);
      if (own) {
        throw new ApiError('already_reserved', `Member ${memberId} has already reserved ${bookId} (${own.id}); a member holds one place per queue. See ${resourcePath('reservations', own.id)}.`, {
          param: 'member_id',
        });
      }
      if (!activeLoan(bookId) && queue(bookId).length === 0) {
        throw new ApiError(
          'book_available',
          `${bookId} is on the shelf and nobody is waiting for it, so there is nothing to reserve: borrow it instead with POST ${resourcePath('loans')} and {"book_id": "${bookId}", "member_id": "${memberId}"}.`,
          { param: 'book_id' },
        );
      }
    },

    /** Throws unless the loan may be renewed now. */
    checkRenew(loan: LoanRecord): void {
      assertOut(loan);
      const now = clock.now();
      if (isOverdue(loan, now)) {
        const fee = (lateFee(loan, now).amount / 100).toFixed(2);
        throw new ApiError(
          'loan_overdue',
          `${loan.id} was due at ${loan.due_at} and is overdue, so it cannot be renewed. Return the book (POST ${resourcePath('loans', loan.id, 'return')}) and pay the late fee, ${fee} EUR so far.`,
        );
      }
      if (loan.renewals >= MAX_RENEWALS) {
        throw new ApiError('renewal_limit_reached', `${loan.id} has been renewed ${loan.renewals} times, the most allowed. Return the book by ${loan.due_at}; you may borrow it again afterwards.`);
      }
      if (queue(loan.book_id).some((reservation) => reservation.member_id !== loan.member_id)) {
        throw new ApiError('book_reserved', `Another member is waiting for ${loan.book_id}, so ${loan.id} cannot be renewed. Return the book by ${loan.due_at}.`);
      }
    },

    /** Throws when the book of this loan is already back. */
    checkReturn: assertOut,
  };
}

function assertOut(loan: LoanRecord): void {
  if (loan.returned_at !== null) {
    throw new ApiError('loan_already_returned', `${loan.id} was returned at ${loan.returned_at}; there is nothing more to do with it. To borrow the book again, create a new loan.`);
  }
}
