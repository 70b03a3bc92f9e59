import { describe, expect, it } from 'vitest';
import { gql } from './graphql-helpers';
import { call, testSandbox } from './support';


// Four orders, each with its user and its items' products: the textbook N+1.
const ORDERS_WITH_USERS_AND_PRODUCTS = '{ orders { nodes { id user { name } items { product { name } } } } }';
// The guide's GitHub v4 query: the viewer's three repositories, each with issues and pull requests.
const VIEWER_REPOSITORIES = '{ viewer { login repositories(first: 10) { nodes { name issues(first: 5) { nodes { title } } pullRequests(first: 5) { nodes { title } } } } } }';

async function reads(sandbox: ReturnType<typeof testSandbox>, query: string, headers: Record<string, string> = {}) {
  const result = await gql(sandbox, query, { headers });
  expect(result.body.errors).toBeUndefined();
  const header = Number(result.headers.get('X-Store-Reads'));
  expect(result.body.extensions.storeReads).toBe(header);
  expect(result.body.extensions.storeReadLog).toHaveLength(header);
  return { count: header, log: result.body.extensions.storeReadLog as string[], mode: result.headers.get('X-DataLoader'), data: result.body.data };
}

describe('store reads with and without DataLoader', () => {
  it('reads 11 times without batching: 1 list of orders, then 1 read per user and 1 per item', async () => {
    const off = await reads(testSandbox(), ORDERS_WITH_USERS_AND_PRODUCTS, { 'X-DataLoader': 'off' });
    expect(off.mode).toBe('off');
    expect(off.count).toBe(11);
    expect(off.log.filter((line) => line.startsWith('users.byId'))).toHaveLength(4);
    expect(off.log.filter((line) => line.startsWith('products.byId'))).toHaveLength(6);
  });

  it('reads 3 times with batching: the orders, all their users at once, all their products at once', async () => {
    const on = await reads(testSandbox(), ORDERS_WITH_USERS_AND_PRODUCTS, { 'X-DataLoader': 'on' });
    expect(on.mode).toBe('on');
    expect(on.log).toEqual(['orders.all', 'users.byId(usr_1, usr_2, usr_3)', 'products.byId(prd_1, prd_2, prd_3, prd_4)']);
  });

  it('returns the same data either way', async () => {
    const sandbox = testSandbox();
    const off = await reads(sandbox, ORDERS_WITH_USERS_AND_PRODUCTS, { 'X-DataLoader': 'off' });
    const on = await reads(sandbox, ORDERS_WITH_USERS_AND_PRODUCTS, { 'X-DataLoader': 'on' });
    expect(on.data).toEqual(off.data);
  });

  it('answers the GitHub query in 8 reads without batching and 4 with it', async () => {
    const sandbox = testSandbox();
    expect((await reads(sandbox, VIEWER_REPOSITORIES, { 'X-DataLoader': 'off' })).count).toBe(8);
    expect((await reads(sandbox, VIEWER_REPOSITORIES, { 'X-DataLoader': 'on' })).log).toEqual([
      'users.byId(usr_1)',
      'repositories.byOwnerId(usr_1)',
      'issues.byRepositoryId(rep_1, rep_2, rep_3)',
      'pullRequests.byRepositoryId(rep_1, rep_2, rep_3)',
    ]);
  });

  it('reads a repeated key once with batching, every time without', async () => {
    const sandbox = testSandbox();
    const query = '{ a: user(id: "usr_1") { name } b: user(id: "usr_1") { email } c: viewer { login } }';
    expect((await reads(sandbox, query, { 'X-DataLoader': 'on' })).log).toEqual(['users.byId(usr_1)']);
    expect((await reads(sandbox, query, { 'X-DataLoader': 'off' })).count).toBe(3);
  });
});

describe('the DataLoader setting', () => {
  it('starts on, and a PUT turns batching off for requests without the header', async () => {
    const sandbox = testSandbox();
    const before = await call(sandbox, 'GET', '/api/v1/sandbox/graphql-settings');
    expect(before.body).toEqual({ data_loader: true, max_depth: 8, max_cost: 1000, links: { self: '/api/v1/sandbox/graphql-settings', graphql: '/api/graphql' } });
    expect((await reads(sandbox, ORDERS_WITH_USERS_AND_PRODUCTS)).count).toBe(3);

    const put = await call(sandbox, 'PUT', '/api/v1/sandbox/graphql-settings', { json: { data_loader: false } });
    expect(put.status).toBe(200);
    expect(put.body.data_loader).toBe(false);
    const off = await reads(sandbox, ORDERS_WITH_USERS_AND_PRODUCTS);
    expect([off.mode, off.count]).toEqual(['off', 11]);
    // The header still wins over the default, request by request.
    expect((await reads(sandbox, ORDERS_WITH_USERS_AND_PRODUCTS, { 'X-DataLoader': 'on' })).count).toBe(3);
  });

  it('refuses a setting that is not a boolean, or a field it does not know', async () => {
    const sandbox = testSandbox();
    const wrongType = await call(sandbox, 'PUT', '/api/v1/sandbox/graphql-settings', { json: { data_loader: 'off' } });
    expect(wrongType.status).toBe(422);
    expect(wrongType.body.error.param).toBe('data_loader');
    const unknown = await call(sandbox, 'PUT', '/api/v1/sandbox/graphql-settings', { json: { data_loader: true, batch_size: 10 } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details).toEqual([expect.objectContaining({ field: 'batch_size', code: 'unknown_field' })]);
  });

  it('keeps each sandbox’s setting to itself', async () => {
    const one = testSandbox();
    const two = testSandbox();
    await call(one, 'PUT', '/api/v1/sandbox/graphql-settings', { json: { data_loader: false } });
    expect((await reads(two, ORDERS_WITH_USERS_AND_PRODUCTS)).mode).toBe('on');
  });
});
