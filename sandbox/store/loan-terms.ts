import type { LoanRecord } from './library-records';
import type { Money } from './records';

/**
 * The library's lending terms, as pure functions of a loan and the time. Everything
 * that depends on "now" takes it as an argument, so the sandbox clock decides.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A loan is due this long after it starts, and each renewal adds this much again. */
export const LOAN_PERIOD_MS = 14 * DAY_MS;
export const MAX_RENEWALS = 2;
/** 0.25 EUR for each day or part of a day a book is kept past its due date. */
export const LATE_FEE_PER_DAY = 25;

/** Whether the loan is still out after its due date. */
export function isOverdue(loan: LoanRecord, now: number): boolean {
  return loan.returned_at === null && now > Date.parse(loan.due_at);
}

/**
 * The late fee: every started day past the due date costs LATE_FEE_PER_DAY, counted
 * up to the return, or up to `now` while the book is out (so it grows until returned).
 * One millisecond late is one day; returned on the due date exactly is free.
 */
export function lateFee(loan: LoanRecord, now: number): Money {
  const end = loan.returned_at === null ? now : Date.parse(loan.returned_at);
  const lateMs = end - Date.parse(loan.due_at);
  const days = lateMs > 0 ? Math.ceil(lateMs / DAY_MS) : 0;
  return { amount: days * LATE_FEE_PER_DAY, currency: 'EUR' };
}

/** The loan's state as a word: active, overdue or returned. */
export function loanStatus(loan: LoanRecord, now: number): 'active' | 'overdue' | 'returned' {
  if (loan.returned_at !== null) return 'returned';
  return isOverdue(loan, now) ? 'overdue' : 'active';
}
