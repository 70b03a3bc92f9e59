import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/index';
import { send, tryItFinder, tryIts } from './chapter-requests';

// Chapter 3 describes what each of its Try-it blocks answers; these tests hold it to that.
const byTitle = tryItFinder('graphql');

describe('chapter 3: GitHub-style queries and the schema', () => {
  it('answers the repositories query in one request, with the cost the text quotes', async () => {
    const answer = await send(createSandbox(), await byTitle('GitHub-style: repositories with issues and pull requests, in one request'));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    const repositories = answer.json.data.viewer.repositories.nodes;
    expect(repositories).toHaveLength(3);
    for (const repository of repositories) expect(Object.keys(repository).sort()).toEqual(['issues', 'name', 'pullRequests']);
    expect(answer.json.extensions.cost).toEqual({ requested: 132, limit: 1000 });
    expect(answer.headers.get('x-store-reads')).toBe('4');
  });

  it('serves the SDL with the Order type and conventions the chapter reads from it', async () => {
    const request = await byTitle("The sandbox's schema, as SDL");
    const response = await createSandbox().fetch(new Request(`http://sandbox.local${request.url}`));
    const sdl = await response.text();
    expect(sdl).toMatch(/type Order implements Node \{[^}]*id: ID![^}]*user: User\n[^}]*items: \[OrderItem!\]![^}]*status: OrderStatus!/);
    expect(sdl).toMatch(/orders\(first: Int = 20, after: String\): OrderConnection!/);
    expect(sdl).toMatch(/createOrder\(input: CreateOrderInput!\): CreateOrderPayload!/);
    expect(sdl).toMatch(/type CreateOrderPayload \{[^}]*userErrors: \[UserError!\]!/);
  });

  it('returns a zero quantity as a userError with the path to the field, and creates the order with 3', async () => {
    const sandbox = createSandbox();
    const request = await byTitle('A mutation whose input the user must fix');
    const refused = await send(sandbox, request);
    expect(refused.status).toBe(200);
    expect(refused.json.data.createOrder.order).toBeNull();
    expect(refused.json.data.createOrder.userErrors[0]).toMatchObject({ field: ['input', 'items', '0', 'quantity'] });
    const created = await send(sandbox, { ...request, body: request.body!.replace('"quantity": 0', '"quantity": 3') });
    expect(created.json.data.createOrder).toMatchObject({ order: { status: 'PENDING', total: '37.50 EUR' }, userErrors: [] });
  });

  it('refuses a misspelt field with 400 and a location, and with 200 for plain JSON clients', async () => {
    const sandbox = createSandbox();
    const request = await byTitle('A field the schema does not have');
    const strict = await send(sandbox, request);
    expect(strict.status).toBe(400);
    expect(strict.json.errors[0]).toMatchObject({ locations: [{ line: 1, column: 12 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(strict.json.errors[0].message).toMatch(/Did you mean "name"/);
    const legacy = await send(sandbox, { ...request, headers: request.headers.filter(([name]) => name.toLowerCase() !== 'accept').concat([['Accept', 'application/json']]) });
    expect(legacy.status).toBe(200);
    expect(legacy.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('chapter 3: N+1, DataLoader and limits', () => {
  it('reads the store 11 times without DataLoader and 3 times with it', async () => {
    const sandbox = createSandbox();
    const request = await byTitle('N+1: every order, its user and products, without DataLoader');
    const off = await send(sandbox, request);
    expect(off.headers.get('x-store-reads')).toBe('11');
    expect(off.json.extensions.storeReadLog.filter((entry: string) => entry.startsWith('users.')).length).toBe(4);
    expect(off.json.extensions.storeReadLog.filter((entry: string) => entry.startsWith('products.')).length).toBe(6);
    const on = await send(sandbox, { ...request, headers: request.headers.map(([name, value]) => [name, name === 'X-DataLoader' ? 'on' : value] as [string, string]) });
    expect(on.headers.get('x-store-reads')).toBe('3');
    expect(on.json.data).toEqual(off.json.data);
  });

  it('reads the GitHub-style query 8 times without DataLoader and 4 with it', async () => {
    const request = await byTitle('GitHub-style: repositories with issues and pull requests, in one request');
    const off = await send(createSandbox(), { ...request, headers: [...request.headers, ['X-DataLoader', 'off']] });
    expect(off.headers.get('x-store-reads')).toBe('8');
  });

  it('refuses the deeply nested query as QUERY_TOO_DEEP with a limit of 8, before reading anything', async () => {
    const answer = await send(createSandbox(), await byTitle('A query too deep to run'));
    expect(answer.json.errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(answer.json.errors[0].message).toMatch(/the limit is 8/);
    expect(answer.status).toBe(400);
    expect(answer.json.data).toBeUndefined();
    expect(answer.headers.get('x-store-reads') ?? '0').toBe('0');
  });
});

describe('chapter 3: federation', () => {
  it('composes a supergraph in which User.name comes from users and User.orders from orders', async () => {
    const request = await byTitle('The composed supergraph');
    const sdl = await (await createSandbox().fetch(new Request(`http://sandbox.local${request.url}`))).text();
    expect(sdl).toMatch(/orders: \[Order!\]! @join__field\(graph: ORDERS\)/);
    expect(sdl).toMatch(/name: String! @join__field\(graph: USERS\)/);
  });

  it('asks the users subgraph first, then the orders subgraph for the user entity', async () => {
    const answer = await send(createSandbox(), await byTitle('One query, two services: a user and their orders through the gateway'));
    expect(answer.json.data.user).toMatchObject({ name: 'Ada Lovelace', orders: [{ id: 'ord_1' }, { id: 'ord_2' }] });
    const calls = answer.json.extensions.subgraphRequests;
    expect(calls.map((c: { subgraph: string }) => c.subgraph)).toEqual(['users', 'orders']);
    expect(calls[1].query).toMatch(/_entities/);
    expect(calls[1].variables.representations).toEqual([{ __typename: 'User', id: 'usr_1' }]);
  });

  it('plans orders first and fetches their users in one _entities call', async () => {
    const answer = await send(createSandbox(), await byTitle('Orders with their users: the gateway plans the other way round'));
    expect(answer.json.data.orders).toEqual([{ id: 'ord_3', total: '52.45 EUR', user: { name: 'Grace Hopper' } }]);
    expect(answer.json.extensions.subgraphRequests.map((c: { subgraph: string }) => c.subgraph)).toEqual(['orders', 'users']);
  });
});

describe('chapter 3: every Try-it', () => {
  it('sends POSTs to a GraphQL endpoint as JSON and gets an answer without a server error', async () => {
    const requests = await tryIts('graphql');
    expect(requests.length).toBeGreaterThanOrEqual(9);
    for (const request of requests) {
      if (request.method === 'POST') {
        expect(request.url, request.title).toMatch(/^\/api\/graphql(\/federated)?$/);
        expect(request.headers, request.title).toContainEqual(['Content-Type', 'application/json']);
      }
      const answer = await send(createSandbox(), request);
      expect(answer.status, request.title).toBeLessThan(500);
    }
  });
});
