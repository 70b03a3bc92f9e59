import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { data, GRAPHQL_RESPONSE, gql } from './graphql-helpers';
import { call, testSandbox } from './support';


// user → orders → user → … : each level is 4 fields deeper (orders, nodes, user, …).
const NINE_DEEP = '{ orders { nodes { user { orders { nodes { user { orders { nodes { id } } } } } } } } }';
const EIGHT_DEEP = '{ orders(first: 2) { nodes { user { orders(first: 2) { nodes { user { orders { totalCount } } } } } } } }';

describe('the depth limit', () => {
  it('refuses a query nested 9 levels deep before running it, saying where and what to do', async () => {
    const result = await gql(testSandbox(), NINE_DEEP, { accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.headers.get('X-Store-Reads')).toBeNull();
    expect(result.body.errors).toEqual([
      {
        message: expect.stringMatching(/^The operation is 9 levels deep \(at orders\.nodes\.user\.orders\.nodes\.user\.orders\.nodes\.id\); the limit is 8\./),
        locations: [{ line: 1, column: 68 }],
        extensions: { code: 'QUERY_TOO_DEEP', depth: 9, maxDepth: 8 },
      },
    ]);
  });

  it('runs a query exactly 8 levels deep', async () => {
    const result = await data(testSandbox(), EIGHT_DEEP);
    expect(result.orders.nodes[0].user.orders.nodes[0].user.orders).toEqual({ totalCount: 2 });
  });

  it('counts fields inside fragments at the depth where they are spread', async () => {
    const query = `query Deep { orders { nodes { ...Buyer } } }
      fragment Buyer on Order { user { orders { nodes { user { orders { nodes { id } } } } } } }`;
    const result = await gql(testSandbox(), query, { accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].message).toMatch(/^Operation "Deep" is 9 levels deep/);
  });
});

describe('the cost limit', () => {
  it('refuses a query that may touch too many objects, before it runs, naming the expensive field', async () => {
    const query = '{ users(first: 100) { nodes { orders(first: 100) { nodes { items { product { name } } } } } } }';
    const result = await gql(testSandbox(), query, { accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors).toEqual([
      {
        message: expect.stringContaining('may touch up to 210201 objects; the limit is 1000. Most of it comes from users (210201)'),
        extensions: { code: 'QUERY_TOO_COMPLEX', cost: 210201, maxCost: 1000 },
      },
    ]);
  });

  it('uses the variables’ values to price a query', async () => {
    const query = 'query ($n: Int) { users(first: $n) { nodes { repositories(first: $n) { nodes { name } } } } }';
    const cheap = await gql(testSandbox(), query, { variables: { n: 10 } });
    expect(cheap.body.extensions.cost).toEqual({ requested: 1 + 10 * (1 + 1 + 10), limit: 1000 });
    const dear = await gql(testSandbox(), query, { variables: { n: 50 }, accept: GRAPHQL_RESPONSE });
    expect(dear.status).toBe(400);
    expect(dear.body.errors[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 1 + 50 * (1 + 1 + 50) });
  });

  it('reports the cost of every query it runs: the guide’s GitHub query costs 132', async () => {
    const result = await gql(
      testSandbox(),
      '{ viewer { login repositories(first: 10) { nodes { name issues(first: 5) { nodes { title } } pullRequests(first: 5) { nodes { title } } } } } }',
    );
    expect(result.body.extensions.cost).toEqual({ requested: 132, limit: 1000 });
  });

  it('refuses an over-priced mutation without changing anything', async () => {
    const sandbox = testSandbox();
    const mutation = `mutation { updateOrderStatus(input: { orderId: "ord_4", status: PAID }) {
      order { user { orders(first: 100) { nodes { items { product { name } } } } } } } }`;
    const result = await gql(sandbox, mutation, { accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_4')).body.data.status).toBe('pending');
  });
});

describe('introspection', () => {
  it('answers the standard introspection query, deep as it is, and the result rebuilds the schema', async () => {
    const result = await data(testSandbox(), getIntrospectionQuery({ descriptions: true, specifiedByUrl: true }));
    const schema = buildClientSchema(result);
    expect(schema.getType('OrderStatus')?.toString()).toBe('OrderStatus');
    expect(printSchema(schema)).toContain('scalar DateTime @specifiedBy(url: "https://datatracker.ietf.org/doc/html/rfc3339")');
    expect(schema.getQueryType()?.getFields().viewer?.description).toMatch(/Ada Lovelace/);
  });

  it('answers __type and __typename', async () => {
    const result = await data(testSandbox(), '{ __typename __type(name: "OrderStatus") { enumValues { name } } }');
    expect(result).toEqual({ __typename: 'Query', __type: { enumValues: ['PENDING', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED'].map((name) => ({ name })) } });
  });
});
