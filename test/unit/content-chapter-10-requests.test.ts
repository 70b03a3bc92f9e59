import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/index';
import { expectDocumented, openApiDocument } from '../sandbox/support';
import { send as sendTo, tryItFinder, tryIts } from './chapter-requests';

// Chapter 10 says that the sandbox keeps its own contract; these tests send every Try-it and hold the text to it.
const byTitle = tryItFinder('documentation-and-testing');
const sandbox = createSandbox();
beforeEach(() => sandbox.reset());
const send = async (title: string) => sendTo(sandbox, await byTitle(title));

const tested: string[] = [];
const test = (title: string, name: string, body: () => Promise<void>) => {
  tested.push(title);
  it(name, body);
};

describe('chapter 10 shows what its text says', () => {
  it('has a test below for every Try-it it contains', async () => {
    const titles = (await tryIts('documentation-and-testing')).map((r) => r.title);
    expect(titles.sort()).toEqual([...tested].sort());
  });

  test("The sandbox's own contract", 'serves an OpenAPI 3.1 document whose operations carry the operationIds the text names', async () => {
    const { status, json } = await send("The sandbox's own contract");
    expect(status).toBe(200);
    expect(json.openapi).toBe('3.1.0');
    expect(json.paths['/api/v1/users'].get.operationId).toBe('listUsers');
    expect(json.paths['/api/v1/users/{id}'].get.operationId).toBe('getUser');
    expect(json.paths['/api/v1/orders'].post.operationId).toBe('createOrder');
    expect(json.paths['/api/v1/orders/{id}/pay'].post.operationId).toBe('payOrder');
    // The rate limiter is middleware, yet its 401, 429 and headers are documented on the operations it guards.
    expect(Object.keys(json.paths['/api/v1/users'].get.responses)).toEqual(expect.arrayContaining(['401', '429']));
    expect(Object.keys(json.paths['/api/v1/users'].get.responses['200'].headers)).toEqual(expect.arrayContaining(['RateLimit']));
  });

  test('An order the schema refuses', 'refuses quantity 0 with 422 validation_failed naming the field, as the documented bounds say', async () => {
    const { status, json } = await send('An order the schema refuses');
    expect(status).toBe(422);
    expect(json.error.code).toBe('validation_failed');
    expect(json.error.param).toBe('items[0].quantity');
    const { components } = (await openApiDocument()) as any;
    expect(components.schemas.OrderItemInput.properties.quantity).toMatchObject({ minimum: 1, maximum: 100 });
    await expectDocumented('POST', '/api/v1/orders', status, 'application/json', json);
  });

  test('A user that does not exist', 'answers 404 with the shared error envelope that the document lists for the operation', async () => {
    const { status, json } = await send('A user that does not exist');
    expect(status).toBe(404);
    expect(json.error).toMatchObject({ code: 'resource_not_found', message: expect.any(String) });
    await expectDocumented('GET', '/api/v1/users/usr_999', status, 'application/json', json);
  });

  test('The first page of products', 'answers the first page with the rate-limit headers the text lists', async () => {
    const { status, headers, json } = await send('The first page of products');
    expect(status).toBe(200);
    expect(json.data).toHaveLength(2);
    for (const name of ['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']) expect(headers.get(name), name).toMatch(/^\d+$/);
  });

  test('The second page of products', 'answers a second page that shares no id with the first', async () => {
    const first = await send('The first page of products');
    const second = await send('The second page of products');
    expect(second.status).toBe(200);
    const ids = (page: { json: any }) => page.json.data.map((item: { id: string }) => item.id);
    expect(ids(second)).toHaveLength(2);
    expect(ids(second).filter((id: string) => ids(first).includes(id))).toEqual([]);
  });
});
