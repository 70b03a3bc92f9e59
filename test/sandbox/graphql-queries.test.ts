import { describe, expect, it } from 'vitest';
import { data, GRAPHQL_RESPONSE, gql } from './graphql-helpers';
import { call, testSandbox } from './support';


describe('GraphQL queries over the REST store', () => {
  it('returns exactly the fields asked for, from the same data as /api/v1', async () => {
    const sandbox = testSandbox();
    const result = await data(sandbox, '{ user(id: "usr_2") { name email createdAt } }');
    const rest = await call(sandbox, 'GET', '/api/v1/users/usr_2');
    expect(result.user).toEqual({ name: rest.body.data.name, email: rest.body.data.email, createdAt: rest.body.data.created_at });
  });

  it('derives the profile from the user’s name', async () => {
    const result = await data(testSandbox(), '{ viewer { profile { firstName lastName displayName initials } } }');
    expect(result.viewer.profile).toEqual({ firstName: 'Ada', lastName: 'Lovelace', displayName: 'Ada Lovelace', initials: 'AL' });
  });

  it('shows an order with its items, prices as Money, status as an enum', async () => {
    const result = await data(testSandbox(), '{ order(id: "ord_1") { status total createdAt user { name } items { quantity unitPrice subtotal product { name } } } }');
    expect(result.order).toEqual({
      status: 'DELIVERED',
      total: '114.99 EUR',
      createdAt: '2026-01-10T11:00:00.000Z',
      user: { name: 'Ada Lovelace' },
      items: [
        { quantity: 1, unitPrice: '89.99 EUR', subtotal: '89.99 EUR', product: { name: 'Mechanical keyboard' } },
        { quantity: 2, unitPrice: '12.50 EUR', subtotal: '25.00 EUR', product: { name: 'USB-C cable' } },
      ],
    });
  });

  it('answers the GitHub v4 query from the guide in one request', async () => {
    const result = await data(
      testSandbox(),
      `{ viewer { login repositories(first: 10) { nodes { name
          issues(first: 5) { nodes { title state } }
          pullRequests(first: 5) { nodes { title state } } } } } }`,
    );
    const repositories = result.viewer.repositories.nodes;
    expect(result.viewer.login).toBe('ada');
    expect(repositories.map((repository: { name: string }) => repository.name)).toEqual(['analytical-engine', 'bernoulli-numbers', 'loom-patterns']);
    expect(repositories[0].issues.nodes).toEqual([
      { title: 'Store can hold only 1000 numbers', state: 'OPEN' },
      { title: 'Mill stalls on division by zero', state: 'CLOSED' },
      { title: 'Document the card reader format', state: 'OPEN' },
    ]);
    expect(repositories[0].pullRequests.nodes).toEqual([
      { title: 'Add a conditional jump card', state: 'MERGED' },
      { title: 'Double the store to 2000 numbers', state: 'OPEN' },
    ]);
  });

  it('filters issues and pull requests by state', async () => {
    const result = await data(
      testSandbox(),
      '{ viewer { repositories(first: 1) { nodes { nameWithOwner issues(states: [OPEN]) { totalCount } pullRequests(states: [MERGED, CLOSED]) { nodes { number } } } } } }',
    );
    expect(result.viewer.repositories.nodes[0]).toEqual({ nameWithOwner: 'ada/analytical-engine', issues: { totalCount: 2 }, pullRequests: { nodes: [{ number: 3 }] } });
  });

  it('fetches any object by its global id through node(id:)', async () => {
    const result = await data(
      testSandbox(),
      '{ a: node(id: "prd_3") { __typename ... on Product { name } } b: node(id: "iss_2") { __typename ... on Issue { title author { login } } } }',
    );
    expect(result).toEqual({
      a: { __typename: 'Product', name: '27-inch monitor' },
      b: { __typename: 'Issue', title: 'Mill stalls on division by zero', author: { login: 'alan' } },
    });
  });
});

describe('variables and operation names', () => {
  it('fills arguments from variables', async () => {
    const result = await data(testSandbox(), 'query Orders($status: OrderStatus, $n: Int) { orders(status: $status, first: $n) { nodes { id } } }', {
      variables: { status: 'PAID', n: 5 },
    });
    expect(result.orders.nodes).toEqual([{ id: 'ord_3' }]);
  });

  it('refuses a missing required variable before running anything', async () => {
    const result = await gql(testSandbox(), 'query ($id: ID!) { user(id: $id) { name } }', { accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toMatchObject({ message: expect.stringContaining('"$id" of required type "ID!" was not provided'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a variable of the wrong type, naming it', async () => {
    const result = await gql(testSandbox(), 'query ($status: OrderStatus) { orders(status: $status) { totalCount } }', {
      variables: { status: 'LOST' },
      accept: GRAPHQL_RESPONSE,
    });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].message).toContain('Variable "$status" got invalid value "LOST"');
  });

  it('runs only the operation that operationName picks', async () => {
    const document = 'query Viewer { viewer { login } } query Products { products(first: 1) { nodes { name } } }';
    expect(await data(testSandbox(), document, { operationName: 'Products' })).toEqual({ products: { nodes: [{ name: 'Mechanical keyboard' }] } });
  });
});

describe('errors with paths and locations', () => {
  it('reports an unknown id as NOT_FOUND at the field’s path and location, with null data there', async () => {
    const result = await gql(testSandbox(), '{\n  viewer { login }\n  missing: user(id: "usr_9") { name }\n}');
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ viewer: { login: 'ada' }, missing: null });
    expect(result.body.errors).toEqual([
      {
        message: expect.stringContaining('No user has the id "usr_9"'),
        locations: [{ line: 3, column: 3 }],
        path: ['missing'],
        extensions: { code: 'NOT_FOUND' },
      },
    ]);
  });

  it('reports an error deep in a list with the full path, list index included, and nulls out up to the nearest nullable field', async () => {
    const result = await gql(testSandbox(), '{ users(first: 2) { nodes { name orders(first: 500) { totalCount } } } }');
    // orders is non-null, so its null spreads to the User, the nodes list and users, all non-null too;
    // once users is null, the second user's identical error has nowhere left to go.
    expect(result.body.data).toBeNull();
    expect(result.body.errors.map((error: { path: unknown }) => error.path)).toEqual([['users', 'nodes', 0, 'orders']]);
    expect(result.body.errors[0]).toMatchObject({
      message: expect.stringContaining('first must be between 0 and 100, not 500'),
      locations: [{ line: 1, column: 34 }],
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('Relay cursor connections', () => {
  it('pages through all users with first/after until hasNextPage is false', async () => {
    const sandbox = testSandbox();
    await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'Edsger Dijkstra', email: 'edsger@example.com' } });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: any = await data(sandbox, 'query ($after: String) { users(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }', {
        variables: { after },
      });
      const { edges, pageInfo, totalCount } = page.users;
      expect(totalCount).toBe(4);
      expect(pageInfo.endCursor).toBe(edges.at(-1).cursor);
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...edges.map((edge: { node: { id: string } }) => edge.node.id));
      pages += 1;
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual(['usr_1', 'usr_2', 'usr_3', 'usr_4']);
  });

  it('keeps its place when the item under the cursor is deleted', async () => {
    const sandbox = testSandbox();
    const first = await data(sandbox, '{ products(first: 2) { pageInfo { endCursor } } }');
    await call(sandbox, 'DELETE', '/api/v1/products/prd_2');
    const next = await data(sandbox, 'query ($after: String) { products(first: 2, after: $after) { nodes { id } } }', { variables: { after: first.products.pageInfo.endCursor } });
    expect(next.products.nodes).toEqual([{ id: 'prd_3' }, { id: 'prd_4' }]);
  });

  it('returns an empty last page with null cursors', async () => {
    const result = await data(testSandbox(), '{ orders(first: 0) { edges { cursor } pageInfo { hasNextPage startCursor endCursor } } }');
    expect(result.orders).toEqual({ edges: [], pageInfo: { hasNextPage: true, startCursor: null, endCursor: null } });
  });

  it('refuses a cursor from another list', async () => {
    const sandbox = testSandbox();
    const users = await data(sandbox, '{ users(first: 1) { pageInfo { endCursor } } }');
    const result = await gql(sandbox, 'query ($after: String) { orders(after: $after) { totalCount } }', { variables: { after: users.users.pageInfo.endCursor } });
    expect(result.body.errors[0]).toMatchObject({ path: ['orders'], message: expect.stringContaining('is not a cursor of this list'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('pages a user’s own orders the same way', async () => {
    const result = await data(testSandbox(), '{ viewer { orders(first: 1) { totalCount nodes { id } pageInfo { hasNextPage } } } }');
    expect(result.viewer.orders).toEqual({ totalCount: 2, nodes: [{ id: 'ord_1' }], pageInfo: { hasNextPage: true } });
  });
});
