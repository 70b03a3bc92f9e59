import { z } from '@hono/zod-openapi';
import { RESERVATION_STATUSES } from '../store/library-records';
import { ListMetaSchema, listSchema, MoneySchema, singleSchema, TimestampSchema } from './common';

/** The library's wire shapes: authors, books, members, loans and reservations. */

const link = (example: string, description?: string) => z.string().openapi({ example, ...(description && { description }) });
const withLinks = <D extends z.ZodObject, L extends z.ZodObject>(data: D, links: L, name: string) =>
  data.extend({ links }).openapi(name);

// ---- authors -------------------------------------------------------------------------

export const AuthorSchema = z
  .object({ id: z.string().openapi({ example: 'aut_1' }), name: z.string().openapi({ example: 'Ursula K. Le Guin' }), created_at: TimestampSchema })
  .openapi('Author');
const AuthorLinksSchema = z
  .object({ self: link('/api/v1/authors/aut_1'), books: link('/api/v1/authors/aut_1/books', 'The author’s books.') })
  .openapi('AuthorLinks');
export const AuthorResponseSchema = singleSchema('AuthorResponse', AuthorSchema, AuthorLinksSchema);
export const AuthorListSchema = listSchema('AuthorList', withLinks(AuthorSchema, AuthorLinksSchema, 'AuthorListItem'), ListMetaSchema);
export const AuthorCreateSchema = z
  .strictObject({ name: z.string().trim().min(1).max(100).openapi({ description: '1 to 100 characters.', example: 'N. K. Jemisin' }) })
  .openapi('AuthorCreate');

// ---- books ---------------------------------------------------------------------------

export const BookSchema = z
  .object({
    id: z.string().openapi({ example: 'bok_1' }),
    title: z.string().openapi({ example: 'A Wizard of Earthsea' }),
    author_id: z.string().openapi({ example: 'aut_1' }),
    isbn: z.string().openapi({ description: 'ISBN-13, digits only.', example: '9780000000019' }),
    published_year: z.int().openapi({ example: 1968 }),
    available: z.boolean().openapi({ description: 'true when the book is on the shelf and nobody is waiting for it: anyone may borrow it now.' }),
    created_at: TimestampSchema,
  })
  .openapi('Book');
const BookLinksSchema = z
  .object({
    self: link('/api/v1/books/bok_1'),
    author: link('/api/v1/authors/aut_1'),
    reservations: link('/api/v1/books/bok_1/reservations', 'The queue of members waiting for the book.'),
  })
  .openapi('BookLinks');
export const BookResponseSchema = singleSchema('BookResponse', BookSchema, BookLinksSchema);
export const BookListSchema = listSchema('BookList', withLinks(BookSchema, BookLinksSchema, 'BookListItem'), ListMetaSchema);

export const BookCreateSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(200).openapi({ example: 'The Fifth Season' }),
    author_id: z.string().openapi({ description: 'The id of an existing author.', example: 'aut_1' }),
    isbn: z
      .string()
      .regex(/^97[89]\d{10}$/, { error: 'isbn must be an ISBN-13: 13 digits starting with 978 or 979, without hyphens.' })
      .openapi({ example: '9780000000095' }),
    published_year: z.int().min(1450).max(2100).openapi({ example: 2015 }),
  })
  .openapi('BookCreate');

/** GET /books's search parameters; they combine (all must match). */
export const BookSearchSchema = z.object({
  q: z.string().trim().min(1).max(100).optional().openapi({ description: 'Words in the title or the author’s name, any case.', example: 'earthsea' }),
  author: z
    .string()
    .regex(/^aut_[1-9][0-9]{0,14}$/, { error: 'author must be an author id such as aut_1.' })
    .optional()
    .openapi({ description: 'Only this author’s books.', example: 'aut_1' }),
  available: z
    .enum(['true', 'false'])
    .optional()
    .openapi({ description: 'true: only books anyone may borrow now; false: only books on loan or held for a reservation.', example: 'true' }),
});

// ---- members -------------------------------------------------------------------------

export const MemberSchema = z
  .object({
    id: z.string().openapi({ example: 'mem_1' }),
    name: z.string().openapi({ example: 'Rosalind Franklin' }),
    email: z.email().openapi({ example: 'rosalind@example.com' }),
    created_at: TimestampSchema,
  })
  .openapi('Member');
const MemberLinksSchema = z.object({ self: link('/api/v1/members/mem_1'), loans: link('/api/v1/members/mem_1/loans', 'The member’s loans, past and present.') }).openapi('MemberLinks');
export const MemberResponseSchema = singleSchema('MemberResponse', MemberSchema, MemberLinksSchema);
export const MemberListSchema = listSchema('MemberList', withLinks(MemberSchema, MemberLinksSchema, 'MemberListItem'), ListMetaSchema);
export const MemberCreateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).openapi({ example: 'Barbara McClintock' }),
    email: z.email().max(254).openapi({ description: 'Unique among members (compared without regard to case).', example: 'barbara@example.com' }),
  })
  .openapi('MemberCreate');

// ---- loans ---------------------------------------------------------------------------

export const LoanSchema = z
  .object({
    id: z.string().openapi({ example: 'lon_1' }),
    book_id: z.string().openapi({ example: 'bok_4' }),
    member_id: z.string().openapi({ example: 'mem_1' }),
    status: z.enum(['active', 'overdue', 'returned']).openapi({ description: 'overdue: still out after due_at.' }),
    borrowed_at: TimestampSchema.openapi({ description: 'When the loan started.' }),
    due_at: TimestampSchema.openapi({ description: '14 days after the start; each renewal adds 14 days.' }),
    returned_at: TimestampSchema.nullable().openapi({ description: 'null while the book is out.' }),
    renewals: z.int().min(0).max(2).openapi({ description: 'How often the loan was renewed; at most 2.' }),
    late_fee: MoneySchema.openapi({ description: '25 cents per started day past due_at, up to the return (or up to now while out). Zero when on time.' }),
  })
  .openapi('Loan');
const LoanLinksSchema = z.object({ self: link('/api/v1/loans/lon_1'), book: link('/api/v1/books/bok_4'), member: link('/api/v1/members/mem_1') }).openapi('LoanLinks');
export const LoanResponseSchema = singleSchema('LoanResponse', LoanSchema, LoanLinksSchema);
export const LoanListSchema = listSchema('LoanList', withLinks(LoanSchema, LoanLinksSchema, 'LoanListItem'), ListMetaSchema);
export const LoanCreateSchema = z
  .strictObject({
    book_id: z.string().openapi({ description: 'The book to borrow.', example: 'bok_3' }),
    member_id: z.string().openapi({ description: 'The member who borrows it.', example: 'mem_2' }),
  })
  .openapi('LoanCreate');

// ---- reservations --------------------------------------------------------------------

export const ReservationSchema = z
  .object({
    id: z.string().openapi({ example: 'rsv_1' }),
    book_id: z.string().openapi({ example: 'bok_5' }),
    member_id: z.string().openapi({ example: 'mem_3' }),
    status: z.enum(RESERVATION_STATUSES).openapi({ description: 'waiting: in the queue. fulfilled: the member borrowed the book.' }),
    position: z.int().min(1).nullable().openapi({ description: 'Place in the queue, 1 = next to borrow; null once fulfilled.', example: 1 }),
    loan_id: z.string().nullable().openapi({ description: 'The loan that fulfilled the reservation.', example: null }),
    created_at: TimestampSchema,
  })
  .openapi('Reservation');
const ReservationLinksSchema = z
  .object({ self: link('/api/v1/reservations/rsv_1'), book: link('/api/v1/books/bok_5'), member: link('/api/v1/members/mem_3') })
  .openapi('ReservationLinks');
export const ReservationResponseSchema = singleSchema('ReservationResponse', ReservationSchema, ReservationLinksSchema);
export const ReservationListSchema = listSchema(
  'ReservationList',
  withLinks(ReservationSchema, ReservationLinksSchema, 'ReservationListItem'),
  ListMetaSchema,
);
export const ReserveSchema = z
  .strictObject({ member_id: z.string().openapi({ description: 'The member joining the queue.', example: 'mem_2' }) })
  .openapi('Reserve');
