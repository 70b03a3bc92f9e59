/**
 * The library's rows (chapter 2's design exercise, running). A book is one copy:
 * it is on loan or on the shelf. Whether a book is available and what a loan's late
 * fee is are not stored; they are worked out from loans, reservations and the clock.
 */

export interface AuthorRecord {
  id: string;
  name: string;
  created_at: string;
}

export interface BookRecord {
  id: string;
  title: string;
  author_id: string;
  isbn: string;
  published_year: number;
  created_at: string;
}

export interface MemberRecord {
  id: string;
  name: string;
  email: string;
  created_at: string;
}

export interface LoanRecord {
  id: string;
  book_id: string;
  member_id: string;
  borrowed_at: string;
  due_at: string;
  /** null while the book is out. */
  returned_at: string | null;
  /** How many times the due date was pushed back (at most MAX_RENEWALS). */
  renewals: number;
}

export const RESERVATION_STATUSES = ['waiting', 'fulfilled'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** A place in the queue for a book. The queue is the waiting reservations, oldest first. */
export interface ReservationRecord {
  id: string;
  book_id: string;
  member_id: string;
  status: ReservationStatus;
  /** The loan that ended the wait, once the member borrowed the book. */
  loan_id: string | null;
  created_at: string;
}
