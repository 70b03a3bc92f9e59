import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../env';
import { ApiError, resourceNotFound } from '../../patterns/errors';
import { jsonBody } from '../../patterns/json-body';
import { resourcePath } from '../../patterns/links';
import { listPage, listQuerySchema, onePaginationStyle } from '../../patterns/pagination';
import { idParamSchema, jsonContent, listContent, locationHeader, requestBody } from '../../schemas/common';
import { errorResponses } from '../../schemas/error';
import { LoanListSchema, MemberCreateSchema, MemberListSchema, MemberResponseSchema } from '../../schemas/library';
import type { Clock } from '../../store/clock';
import type { Store } from '../../store/store';
import { loanLinks, memberLinks, type LibraryView } from './view';
import { isEmailTaken } from '../../store/email';

const tags = ['Library'];
const params = idParamSchema('mem', 'member');
const listErrors = ['conflicting_parameters', 'validation_failed', 'internal_error'] as const;

const listMembers = createRoute({
  method: 'get',
  path: '/members',
  tags,
  summary: 'List members',
  description: 'Every library member, oldest first. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { query: listQuerySchema('mem', 'member') },
  responses: { 200: listContent(MemberListSchema, 'A page of members, oldest first.'), ...errorResponses(...listErrors) },
});

const createMember = createRoute({
  method: 'post',
  path: '/members',
  tags,
  summary: 'Register a member',
  description: 'Registers a member who may then borrow and reserve books. The email address must not be in use by another member.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(MemberCreateSchema) },
  responses: {
    201: { ...jsonContent(MemberResponseSchema, 'The new member. Location holds its URL.'), headers: locationHeader('/api/v1/members/mem_4') },
    ...errorResponses('invalid_json', 'email_taken', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const getMember = createRoute({
  method: 'get',
  path: '/members/{id}',
  tags,
  summary: 'Get a member',
  description: 'One member by id, with a link to their loans.',
  request: { params },
  responses: { 200: jsonContent(MemberResponseSchema, 'The member.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const listMemberLoans = createRoute({
  method: 'get',
  path: '/members/{id}/loans',
  tags,
  summary: 'List a member’s loans',
  description: 'The member’s loans, past and present, oldest first. Page with a cursor (`limit` plus `starting_after` or `ending_before`) or by number (`page`, `per_page`); one request uses one style, and the `links` of each page lead to the next.',
  middleware: [onePaginationStyle()] as const,
  request: { params, query: listQuerySchema('lon', 'loan') },
  responses: { 200: listContent(LoanListSchema, 'A page of the member’s loans, past and present, oldest first.'), ...errorResponses('resource_not_found', ...listErrors) },
});

/** Members, and each member's loans as a sub-collection. */
export function memberRoutes(store: Store, clock: Clock, view: LibraryView) {
  const find = (id: string) => {
    const member = store.members.get(id);
    if (!member) throw resourceNotFound('member', id, resourcePath('members'));
    return member;
  };

  return createRouter()
    .openapi(listMembers, (c) => {
      const page = listPage(store.members.listing(), c.req.valid('query'), resourcePath('members'));
      return c.json({ data: page.items.map((member) => ({ ...member, links: memberLinks(member) })), links: page.links, meta: page.meta }, 200, page.headers);
    })
    .openapi(createMember, (c) => {
      const input = c.req.valid('json');
      // The library writes to members by email, so two members may not share one.
      if (isEmailTaken(store.members.all(), input.email)) {
        throw new ApiError('email_taken', `Another member already has the email ${input.email}. Use a different address, or look that member up instead.`, { param: 'email' });
      }
      const member = store.members.insert({ ...input, created_at: new Date(clock.now()).toISOString() });
      c.header('Location', memberLinks(member).self);
      return c.json({ data: member, links: memberLinks(member) }, 201);
    })
    .openapi(getMember, (c) => {
      const member = find(c.req.valid('param').id);
      return c.json({ data: member, links: memberLinks(member) }, 200);
    })
    .openapi(listMemberLoans, (c) => {
      const member = find(c.req.valid('param').id);
      const listing = store.loans.listing((loan) => loan.member_id === member.id);
      const page = listPage(listing, c.req.valid('query'), resourcePath('members', member.id, 'loans'));
      return c.json({ data: page.items.map((loan) => ({ ...view.loan(loan), links: loanLinks(loan) })), links: page.links, meta: page.meta }, 200, page.headers);
    });
}
