import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../sandbox/index';
import { consoleExamples, exampleById } from '../../src/explorer/graphql-console-examples';
import { problemsIn, schemaFromSdl, suggestionsAt } from '../../src/explorer/graphql-console-language';
import {
  operationKind,
  parseFrame,
  parseVariables,
  runGraphql,
  streamSubscription,
  type SandboxFetch,
  type SubscriptionEvent,
} from '../../src/explorer/graphql-console-request';

const sender = (sandbox: Sandbox): SandboxFetch => (path, init) => sandbox.fetch(new Request(`http://sandbox.local${path}`, init));

async function sandboxSchema(sandbox: Sandbox) {
  const response = await sandbox.fetch(new Request('http://sandbox.local/api/graphql/schema.graphql'));
  return schemaFromSdl(await response.text());
}

describe('GraphQL console: variables and operations', () => {
  it('reads empty variables as none and a JSON object as the variables', () => {
    expect(parseVariables('  ')).toEqual({ ok: true, value: {} });
    expect(parseVariables('{"id": "ord_1"}')).toEqual({ ok: true, value: { id: 'ord_1' } });
  });

  it('refuses broken JSON and non-objects with a message that shows the expected shape', () => {
    const broken = parseVariables('{"id": ord_1}');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/not valid JSON.*\{"id": "ord_1"\}/);
    const list = parseVariables('["ord_1"]');
    expect(!list.ok && list.message).toMatch(/must be a JSON object/);
  });

  it('tells queries, mutations and subscriptions apart, and gives null for text that does not parse', () => {
    expect(operationKind(exampleById('dashboard').query)).toBe('query');
    expect(operationKind(exampleById('create-order').query)).toBe('mutation');
    expect(operationKind(exampleById('subscribe').query)).toBe('subscription');
    expect(operationKind('{ viewer {')).toBeNull();
  });

  it('reads an SSE frame and skips comment-only frames', () => {
    expect(parseFrame('event: next\ndata: {"data":1}')).toEqual({ name: 'next', data: '{"data":1}' });
    expect(parseFrame(': stream open')).toBeNull();
  });
});

describe('GraphQL console: completion from the sandbox schema', () => {
  it('suggests the fields of User inside viewer, with their types and descriptions', async () => {
    const schema = await sandboxSchema(createSandbox());
    const text = '{ viewer {  } }';
    const labels = suggestionsAt(schema, text, 1, 12).map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['login', 'profile', 'orders', 'repositories']));
    const orders = suggestionsAt(schema, '{ viewer { ord } }', 1, 15).find((s) => s.label === 'orders');
    expect(orders).toMatchObject({ kind: 'Field', detail: 'OrderConnection!' });
    expect(orders?.documentation).toMatch(/orders/);
  });

  it('marks an unknown field where it is, with graphql-js’s suggestion', async () => {
    const schema = await sandboxSchema(createSandbox());
    const [problem] = problemsIn(schema, '{\n  viewer { nmae }\n}');
    expect(problem).toMatchObject({ severity: 'error', startLine: 2, startColumn: 12 });
    expect(problem!.message).toMatch(/Cannot query field "nmae" on type "User". Did you mean "name"/);
  });

  it('finds no problems in any example the console offers', async () => {
    const schema = await sandboxSchema(createSandbox());
    for (const example of consoleExamples) expect(problemsIn(schema, example.query), example.id).toEqual([]);
  });
});

describe('GraphQL console: running operations', () => {
  it('reports 11 store reads for the N+1 example without DataLoader and 3 with it', async () => {
    const send = sender(createSandbox());
    const { query } = exampleById('n-plus-one');
    const off = await runGraphql(send, { query, variables: {}, dataLoader: false });
    const on = await runGraphql(send, { query, variables: {}, dataLoader: true });
    expect([off.status, off.storeReads, off.dataLoader]).toEqual([200, 11, 'off']);
    expect([on.status, on.storeReads, on.dataLoader]).toEqual([200, 3, 'on']);
    expect(on.responseBytes).toBeGreaterThan(0);
    expect(on.requestBytes).toBe(new TextEncoder().encode(JSON.stringify({ query })).byteLength);
  });

  it('sends the variables editor’s values with the query', async () => {
    const example = exampleById('one-order');
    const variables = parseVariables(example.variables);
    if (!variables.ok) throw new Error(variables.message);
    const run = await runGraphql(sender(createSandbox()), { query: example.query, variables: variables.value, dataLoader: true });
    expect((run.body as any).data.order).toMatchObject({ status: 'DELIVERED', total: '114.99 EUR', user: { name: 'Ada Lovelace' } });
  });

  it('streams a subscription’s events as mutations move the order along, and ends when it is delivered', async () => {
    const send = sender(createSandbox());
    const events: SubscriptionEvent[] = [];
    const controller = new AbortController();
    const done = streamSubscription(send, { query: exampleById('subscribe').query, variables: {}, dataLoader: true }, (e) => events.push(e), controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 20)); // let the stream open before the first change
    const advance = exampleById('advance-order').query;
    for (const status of ['PAID', 'SHIPPED', 'DELIVERED']) {
      const run = await runGraphql(send, { query: advance, variables: { status }, dataLoader: true });
      expect((run.body as any).data.updateOrderStatus.userErrors).toEqual([]);
    }
    await done;
    expect(events.map((e) => (e.data as any).orderStatusChanged.status)).toEqual(['PAID', 'SHIPPED', 'DELIVERED']);
  });

  it('stops listening when the signal aborts', async () => {
    const controller = new AbortController();
    const done = streamSubscription(sender(createSandbox()), { query: exampleById('subscribe').query, variables: {}, dataLoader: true }, () => {}, controller.signal);
    setTimeout(() => controller.abort(), 20);
    await expect(done).resolves.toBeUndefined();
  });
});
