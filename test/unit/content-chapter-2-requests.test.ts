import { describe, expect, it } from 'vitest';
import { createManualClock, createSandbox, type Sandbox } from '../../sandbox/index';
import type { TryItRequest } from '../../src/content/types';
import { followableLinks } from '../../src/reader/follow-links';
import { send, tryItFinder, type Answer } from './chapter-requests';

// Chapter 2 describes what each of its Try-it blocks answers; these tests hold it to that.
// Links are followed with the reader's own link extraction, as the Follow buttons do.
const byTitle = tryItFinder('rest');
const get = (url: string, headers: [string, string][] = []): TryItRequest => ({ method: 'GET', url, headers, body: null });

/** The URL the "Follow <rel>" button of this answer would load, or undefined when there is none. */
async function follow(answer: Answer, request: TryItRequest, rel: string): Promise<string | undefined> {
  const response = { headers: [...answer.headers] as [string, string][], body: answer.json === null ? '' : JSON.stringify(answer.json) };
  return followableLinks({ request, response }, 'http://sandbox.local').find((link) => link.rel === rel)?.url;
}

describe('chapter 2: resources and methods', () => {
  it('links a customer to its addresses, which live at their own top-level URLs', async () => {
    const sandbox = createSandbox();
    const request = await byTitle('A customer and the sub-resources it links to');
    const customer = await send(sandbox, request);
    expect(customer.status).toBe(200);
    const addressesUrl = await follow(customer, request, 'addresses');
    expect(addressesUrl).toBe('/api/v1/customers/cus_1/addresses');
    const addresses = await send(sandbox, get(addressesUrl!));
    expect(addresses.json.data[0].links.self).toBe('/api/v1/addresses/adr_1');
    for (const rel of ['user', 'orders']) expect(await follow(customer, request, rel)).toBeTruthy();
  });

  it('deletes an address with 204, and a second delete answers 404', async () => {
    const sandbox = createSandbox();
    const request = await byTitle('Delete an address, then delete it again');
    expect((await send(sandbox, request)).status).toBe(204);
    expect((await send(sandbox, request)).status).toBe(404);
  });

  it('answers HEAD like GET without a body, and OPTIONS with Allow', async () => {
    const sandbox = createSandbox();
    const head = await send(sandbox, await byTitle('Does this customer exist? Ask with HEAD'));
    expect(head.status).toBe(200);
    expect(head.json).toBeNull();
    expect(head.headers.get('content-type')).toMatch(/^application\/json/);
    const options = await send(sandbox, await byTitle('What can a client do with the customers collection?'));
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')?.split(/,\s*/).sort()).toEqual(['GET', 'HEAD', 'OPTIONS', 'POST']);
  });

  it('creates with PUT (201, Location), repeats it as 200, and replaces the whole product', async () => {
    const sandbox = createSandbox();
    const create = await byTitle('Create a product with PUT');
    const created = await send(sandbox, create);
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/api/v1/products/prd_10');
    expect((await send(sandbox, create)).status).toBe(200);
    const replaced = await send(sandbox, await byTitle('Replace the product with PUT'));
    expect(replaced.status).toBe(200);
    expect(replaced.json.data).toMatchObject({ name: 'Desk lamp, warm white', description: '', price_money: { amount: 3250 } });
  });

  it('refuses DELETE on the collection with 405 and an Allow header', async () => {
    const { status, headers, json } = await send(createSandbox(), await byTitle('A method the path does not have'));
    expect(status).toBe(405);
    expect(json.error.code).toBe('method_not_allowed');
    expect(headers.get('allow')).toMatch(/POST/);
  });

  it('answers the wrong media type with 415, a taken email with 409, and lists all four invalid fields in a 422', async () => {
    const sandbox = createSandbox();
    const media = await send(sandbox, await byTitle('A body in the wrong format'));
    expect([media.status, media.json.error.code]).toEqual([415, 'unsupported_media_type']);
    const taken = await send(sandbox, await byTitle('An email address already in use'));
    expect([taken.status, taken.json.error.code]).toEqual([409, 'email_taken']);
    const invalid = await send(sandbox, await byTitle('Every invalid field at once'));
    expect(invalid.status).toBe(422);
    expect(invalid.json.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['email', 'name', 'phone', 'user_id']);
  });
});

describe('chapter 2: pagination and rate limits', () => {
  it('walks every book once by following next, with prev on later pages', async () => {
    const sandbox = createSandbox();
    let request = await byTitle('Books, two at a time');
    const seen: string[] = [];
    for (let pages = 1; ; pages++) {
      const page = await send(sandbox, request);
      seen.push(...page.json.data.map((b: { id: string }) => b.id));
      if (pages > 1) expect(await follow(page, request, 'prev')).toBeTruthy();
      const next = await follow(page, request, 'next');
      expect(page.json.meta.has_more).toBe(next !== undefined);
      if (!next) break;
      request = get(next);
    }
    expect(seen).toEqual(['bok_1', 'bok_2', 'bok_3', 'bok_4', 'bok_5', 'bok_6', 'bok_7', 'bok_8']);
  });

  it('gives page 2 of 3 a Link header with first, prev, next and last, and the totals in meta', async () => {
    const sandbox = createSandbox();
    const request = await byTitle('Page 2 of the books, with a Link header');
    const page = await send(sandbox, request);
    expect(page.headers.get('link')).toMatch(/rel="first".*rel="prev".*rel="next".*rel="last"/);
    expect(page.json.meta).toMatchObject({ page: 2, per_page: 3, total: 8 });
    expect(await follow(page, request, 'last')).toMatch(/page=3/);
    expect(page.json.links.next).toContain('snapshot=');
  });

  it('lets the free key send ten quick requests, refuses the eleventh with 429 and Retry-After, and refuses an unknown key', async () => {
    const sandbox = createSandbox({ clock: createManualClock('2026-03-01T10:00:00Z') });
    const request = await byTitle('Your rate limit, in the headers');
    for (let i = 1; i <= 10; i++) {
      const answer = await send(sandbox, request);
      expect(answer.status, `request ${i}`).toBe(200);
      expect(answer.headers.get('x-ratelimit-remaining')).toBe(String(10 - i));
    }
    const refused = await send(sandbox, request);
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe('rate_limit_exceeded');
    expect(refused.headers.get('retry-after')).toBe('6');
    expect(refused.headers.get('ratelimit-policy')).toBe('"free";q=10;w=60');
    const unknown = await send(sandbox, { ...request, headers: [['X-API-Key', 'key_made_up']] });
    expect(unknown.status).toBe(401);
  });
});

describe('chapter 2: the library', () => {
  const library = (): Sandbox => createSandbox({ clock: createManualClock('2026-03-01T10:00:00Z') });

  it('finds Butler’s two unavailable books', async () => {
    const { json } = await send(library(), await byTitle('Search the catalogue'));
    expect(json.data.map((b: { title: string }) => b.title)).toEqual(['Kindred', 'Parable of the Sower']);
  });

  it('queues a reservation second, refuses the wrong borrower with book_reserved and lends to the head of the queue', async () => {
    const sandbox = library();
    const reserved = await send(sandbox, await byTitle('Reserve a book that is out'));
    expect(reserved.status).toBe(201);
    expect(reserved.json.data.position).toBe(2);
    const borrow = await byTitle('Borrow a book held for another member');
    const refused = await send(sandbox, borrow);
    expect([refused.status, refused.json.error.code]).toEqual([409, 'book_reserved']);
    const lent = await send(sandbox, { ...borrow, body: borrow.body!.replace('mem_1', 'mem_3') });
    expect(lent.status).toBe(201);
    expect(Date.parse(lent.json.data.due_at) - Date.parse(lent.json.data.borrowed_at)).toBe(14 * 24 * 3600 * 1000);
  });

  it('refuses to renew the overdue loan, returns it with a fee of 1.75 EUR, and refuses a second return', async () => {
    const clock = createManualClock('2026-03-01T10:00:00Z');
    const sandbox = createSandbox({ clock });
    clock.advance(60 * 60 * 1000); // Six days and an hour overdue, as a learner would find it.
    const renew = await send(sandbox, await byTitle('Renew an overdue loan'));
    expect([renew.status, renew.json.error.code]).toEqual([409, 'loan_overdue']);
    const returnIt = await byTitle('Return the overdue book');
    const returned = await send(sandbox, returnIt);
    expect(returned.status).toBe(200);
    expect(returned.json.data.late_fee).toEqual({ amount: 175, currency: 'EUR' });
    const again = await send(sandbox, returnIt);
    expect([again.status, again.json.error.code]).toEqual([409, 'loan_already_returned']);
  });
});
