import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHQL_RESPONSE, gql, gqlRequest } from './graphql-helpers';
import { ORIGIN, testSandbox } from './support';


const VIEWER = '{ viewer { id login } }';

describe('GraphQL over HTTP: GET and POST', () => {
  it('answers a POST with a JSON body', async () => {
    const result = await gql(testSandbox(), VIEWER);
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ viewer: { id: 'usr_1', login: 'ada' } });
    expect(result.headers.get('X-Request-Id')).toMatch(/^req_/);
  });

  it('answers a query sent with GET, variables and operationName in the URL', async () => {
    const result = await gql(testSandbox(), 'query One($id: ID!) { user(id: $id) { name } } query Two { viewer { name } }', {
      method: 'GET',
      variables: { id: 'usr_2' },
      operationName: 'One',
    });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ user: { name: 'Grace Hopper' } });
  });

  it('refuses a mutation sent with GET with 405 and Allow: POST, without running it', async () => {
    const sandbox = testSandbox();
    const mutation = 'mutation { updateOrderStatus(input: { orderId: "ord_4", status: PAID }) { order { status } } }';
    const result = await gql(sandbox, mutation, { method: 'GET', accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(405);
    expect(result.headers.get('Allow')).toBe('POST');
    expect(result.body.errors[0].message).toMatch(/POST/);
    expect(result.body.data).toBeUndefined();
    const after = await gql(sandbox, '{ order(id: "ord_4") { status } }');
    expect(after.body.data.order.status).toBe('PENDING');
  });

  it('answers 405 for methods GraphQL does not use, naming the ones it does', async () => {
    const response = await testSandbox().fetch(new Request(`${ORIGIN}/api/graphql`, { method: 'DELETE' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toMatch(/GET.*POST/);
  });

  it('refuses a POST body that is not JSON with 415', async () => {
    const response = await testSandbox().fetch(
      new Request(`${ORIGIN}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/graphql' }, body: VIEWER }),
    );
    expect(response.status).toBe(415);
    const body = await response.json();
    expect(body.errors[0].message).toContain('Content-Type: application/json');
  });

  it('answers malformed JSON with 400 and says where it breaks', async () => {
    const response = await testSandbox().fetch(
      new Request(`${ORIGIN}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"query": "{ viewer { id } }",}' }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0]).toMatchObject({ message: expect.stringMatching(/line 1, column \d+/), extensions: { code: 'BAD_REQUEST' } });
  });

  it('answers 400 when the query is missing or variables are not an object', async () => {
    const sandbox = testSandbox();
    const post = (body: unknown) =>
      sandbox.fetch(new Request(`${ORIGIN}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
    const missing = await post({ variables: {} });
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors[0].message).toMatch(/query is missing/);
    const badVariables = await post({ query: VIEWER, variables: ['usr_1'] });
    expect(badVariables.status).toBe(400);
    expect((await badVariables.json()).errors[0].message).toMatch(/variables must be a JSON object/);
    const batch = await post([{ query: VIEWER }]);
    expect(batch.status).toBe(400);
  });

  it('answers 400 when the variables URL parameter is not JSON', async () => {
    const url = `${ORIGIN}/api/graphql?query=${encodeURIComponent(VIEWER)}&variables=${encodeURIComponent('{id: 1}')}`;
    const response = await testSandbox().fetch(new Request(url));
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].message).toMatch(/variables parameter is not valid JSON/);
  });
});

describe('GraphQL over HTTP: media types and status codes', () => {
  it('answers application/json when the client sends no Accept header or */*', async () => {
    for (const accept of [undefined, '*/*']) {
      const result = await gql(testSandbox(), VIEWER, { accept });
      expect(result.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    }
  });

  it('answers application/graphql-response+json when the client accepts it', async () => {
    const result = await gql(testSandbox(), VIEWER, { accept: `${GRAPHQL_RESPONSE}, application/json;q=0.9` });
    expect(result.status).toBe(200);
    expect(result.headers.get('Content-Type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
  });

  it('prefers application/json when the client ranks it higher', async () => {
    const result = await gql(testSandbox(), VIEWER, { accept: `${GRAPHQL_RESPONSE};q=0.5, application/json` });
    expect(result.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  });

  it('answers 406 when no type in Accept can be served', async () => {
    const result = await gql(testSandbox(), VIEWER, { accept: 'text/html' });
    expect(result.status).toBe(406);
    expect(result.body.errors[0].message).toContain(GRAPHQL_RESPONSE);
  });

  it('answers a document that does not parse with 400 under the new media type, 200 under application/json', async () => {
    const broken = '{ viewer { login ';
    const strict = await gql(testSandbox(), broken, { accept: GRAPHQL_RESPONSE });
    expect(strict.status).toBe(400);
    expect(strict.body.data).toBeUndefined();
    expect(strict.body.errors[0]).toMatchObject({ locations: [{ line: 1, column: 18 }], extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    const legacy = await gql(testSandbox(), broken, { accept: 'application/json' });
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a document that does not validate with 400 and the location of each problem', async () => {
    const result = await gql(testSandbox(), '{ viewer { login nickname } }', { accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Cannot query field "nickname" on type "User"'),
        locations: [{ line: 1, column: 18 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
  });

  it('answers 200 with data and errors side by side when only some fields fail', async () => {
    const result = await gql(testSandbox(), '{ viewer { login } order(id: "ord_99") { id } }', { accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ viewer: { login: 'ada' }, order: null });
    expect(result.body.errors[0]).toMatchObject({ path: ['order'], extensions: { code: 'NOT_FOUND' } });
  });

  it('asks for operationName when a document holds several operations', async () => {
    const document = 'query A { viewer { id } } query B { viewer { login } }';
    const missing = await gql(testSandbox(), document, { accept: GRAPHQL_RESPONSE });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({ message: expect.stringContaining('2 operations (A, B)'), extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
    const unknown = await gql(testSandbox(), document, { accept: GRAPHQL_RESPONSE, operationName: 'C' });
    expect(unknown.body.errors[0].message).toContain('no operation named "C"');
    const chosen = await gql(testSandbox(), document, { operationName: 'B' });
    expect(chosen.body.data).toEqual({ viewer: { login: 'ada' } });
  });

  it('refuses a subscription sent without Accept: text/event-stream', async () => {
    const result = await gql(testSandbox(), 'subscription { orderStatusChanged(orderId: "ord_4") { status } }');
    expect(result.status).toBe(406);
    expect(result.body.errors[0].message).toContain('Accept: text/event-stream');
  });

  it('refuses an X-DataLoader header that is neither on nor off', async () => {
    const result = await gql(testSandbox(), VIEWER, { headers: { 'X-DataLoader': 'maybe' } });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].message).toContain('X-DataLoader must be "on" or "off"');
  });
});

describe('the schema as SDL', () => {
  it('serves the schema it executes at /api/graphql/schema.graphql', async () => {
    const response = await testSandbox().fetch(new Request(`${ORIGIN}/api/graphql/schema.graphql`));
    expect(response.status).toBe(200);
    const schema = buildSchema(await response.text());
    expect(Object.keys(schema.getQueryType()!.getFields())).toEqual(expect.arrayContaining(['viewer', 'node', 'users', 'orders', 'products']));
    expect(schema.getMutationType()?.getFields().createOrder).toBeDefined();
    expect(schema.getSubscriptionType()?.getFields().orderStatusChanged).toBeDefined();
  });

  it('builds the same request a GET client would send', () => {
    const request = gqlRequest('{ viewer { id } }', { method: 'GET', variables: { a: 1 } });
    expect(new URL(request.url).searchParams.get('variables')).toBe('{"a":1}');
  });
});
