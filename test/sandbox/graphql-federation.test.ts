import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { data, gql } from './graphql-helpers';
import { call, ORIGIN, testSandbox } from './support';


const FEDERATED = { path: '/api/graphql/federated' };

describe('the federated gateway over the users and orders subgraphs', () => {
  it('resolves a query that starts in the orders service and reaches into the users service', async () => {
    const result = await gql(testSandbox(), '{ order(id: "ord_3") { status total user { name email } } }', FEDERATED);
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ order: { status: 'PAID', total: '52.45 EUR', user: { name: 'Grace Hopper', email: 'grace@example.com' } } });
    const requests = result.body.extensions.subgraphRequests;
    expect(requests.map((request: { subgraph: string }) => request.subgraph)).toEqual(['orders', 'users']);
    expect(requests[1].query).toContain('_entities(representations: $representations)');
    expect(requests[1].variables).toEqual({ representations: [{ __typename: 'User', id: 'usr_2' }] });
  });

  it('resolves a query that starts in the users service and adds the orders service’s field to User', async () => {
    const result = await data(testSandbox(), '{ user(id: "usr_1") { name orders { id status } } }', FEDERATED);
    expect(result).toEqual({ user: { name: 'Ada Lovelace', orders: [{ id: 'ord_1', status: 'DELIVERED' }, { id: 'ord_2', status: 'SHIPPED' }] } });
  });

  it('asks each service only for what it owns, and lets a service answer what it adds to another’s entity', async () => {
    const result = await gql(testSandbox(), '{ orders(status: PENDING) { id user { name orders { id } } } users { id } }', FEDERATED);
    expect(result.body.data.orders).toEqual([{ id: 'ord_4', user: { name: 'Alan Turing', orders: [{ id: 'ord_4' }] } }]);
    expect(result.body.data.users).toHaveLength(3);
    // User.orders comes from the orders service in its first answer; only the name needs the users service.
    const requests = result.body.extensions.subgraphRequests as { subgraph: string; query: string }[];
    expect(requests.map((request) => request.subgraph).sort()).toEqual(['orders', 'users', 'users']);
    expect(requests.find((request) => request.subgraph === 'orders')!.query).toMatch(/user \{[^}]*orders \{/);
  });

  it('sees the same data as REST, including changes', async () => {
    const sandbox = testSandbox();
    await call(sandbox, 'PATCH', '/api/v1/users/usr_3', { json: { name: 'Alan M. Turing' } });
    const result = await data(sandbox, '{ order(id: "ord_4") { user { name } } }', FEDERATED);
    expect(result.order.user.name).toBe('Alan M. Turing');
  });

  it('validates against the composed schema and applies the same limits', async () => {
    const unknown = await gql(testSandbox(), '{ order(id: "ord_1") { user { login } } }', FEDERATED);
    expect(unknown.body.errors[0]).toMatchObject({ message: expect.stringContaining('Cannot query field "login" on type "User"'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('serves the supergraph, which records which service resolves which field', async () => {
    const response = await testSandbox().fetch(new Request(`${ORIGIN}/api/graphql/federated/supergraph.graphql`));
    const sdl = await response.text();
    expect(() => parse(sdl)).not.toThrow();
    expect(sdl).toMatch(/USERS @join__graph\(name: "users", url: "\/api\/graphql\/subgraphs\/users"\)/);
    expect(sdl).toMatch(/type User[^{]*@join__type\(graph: ORDERS, key: "id"\)/);
  });
});

describe('each subgraph on its own', () => {
  it('describes itself through _service { sdl } with its federation directives', async () => {
    const result = await data(testSandbox(), '{ _service { sdl } }', { path: '/api/graphql/subgraphs/orders' });
    expect(result._service.sdl).toContain('type User @key(fields: "id")');
    expect(result._service.sdl).toContain('orders: [Order!]!');
  });

  it('resolves entity references through _entities, as the gateway asks it to', async () => {
    const result = await data(testSandbox(), 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { name email } } }', {
      path: '/api/graphql/subgraphs/users',
      variables: { r: [{ __typename: 'User', id: 'usr_2' }] },
    });
    expect(result._entities).toEqual([{ name: 'Grace Hopper', email: 'grace@example.com' }]);
  });

  it('knows only its own fields: the users service has no orders', async () => {
    const response = await testSandbox().fetch(new Request(`${ORIGIN}/api/graphql/subgraphs/users?query=${encodeURIComponent('{ _service { sdl } }')}`));
    const sdl: string = (await response.json()).data._service.sdl;
    const user = parse(sdl).definitions.find((definition) => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'User');
    expect(user?.kind === Kind.OBJECT_TYPE_DEFINITION && user.fields?.map((field) => field.name.value)).toEqual(['id', 'name', 'email', 'createdAt']);
  });
});
