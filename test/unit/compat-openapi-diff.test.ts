import { describe, expect, it } from 'vitest';
import { diffOpenApi } from '../../src/compat/openapi-diff';

type Doc = Record<string, unknown>;

/** A one-operation document: `op` is the operation object of `method path`. */
function api(op: Doc, { path = '/users', method = 'post', schemas = {} as Doc } = {}): Doc {
  return { openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: { [path]: { [method]: op } }, components: { schemas } };
}
const ok = (schema: unknown) => ({ '200': { description: 'OK', content: { 'application/json': { schema } } } });
const body = (schema: unknown, required = true) => ({ required, content: { 'application/json': { schema } } });
const obj = (properties: Doc, required: string[] = []) => ({ type: 'object', properties, required });
const lines = (before: Doc, after: Doc) => diffOpenApi(before, after).map((change) => `${change.severity} ${change.kind} ${change.path}`);

describe('comparing two OpenAPI documents: operations', () => {
  it('reports a removed path, a removed method and a new operation', () => {
    const before = { openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: { '/users': { get: { responses: {} }, post: { responses: {} } }, '/old': { get: { responses: {} } } } };
    const after = { openapi: '3.1.0', info: { title: 'T', version: '2' }, paths: { '/users': { get: { responses: {} } }, '/new': { put: { responses: {} } } } };
    expect(lines(before, after)).toEqual(['breaking operation-removed POST /users', 'breaking operation-removed GET /old', 'additive operation-added PUT /new']);
  });

  it('treats a renamed path parameter as the same path', () => {
    expect(lines(api({ responses: {} }, { path: '/users/{id}', method: 'get' }), api({ responses: {} }, { path: '/users/{user_id}', method: 'get' }))).toEqual([]);
  });

  it('notes a newly deprecated operation as neutral', () => {
    expect(lines(api({ responses: {} }), api({ responses: {}, deprecated: true }))).toEqual(['neutral operation-deprecated POST /users']);
  });
});

describe('parameters', () => {
  const param = (extra: Doc) => ({ name: 'status', in: 'query', schema: { type: 'string' }, ...extra });

  it('breaks clients with a new required parameter, not with a new optional one', () => {
    expect(lines(api({ responses: {} }), api({ responses: {}, parameters: [param({ required: true })] }))).toEqual(['breaking required-parameter-added POST /users → query parameter `status`']);
    expect(lines(api({ responses: {} }), api({ responses: {}, parameters: [param({})] }))).toEqual(['additive optional-parameter-added POST /users → query parameter `status`']);
  });

  it('classes optional → required as breaking and the reverse as additive', () => {
    expect(lines(api({ responses: {}, parameters: [param({})] }), api({ responses: {}, parameters: [param({ required: true })] }))[0]).toMatch(/^breaking parameter-now-required/);
    expect(lines(api({ responses: {}, parameters: [param({ required: true })] }), api({ responses: {}, parameters: [param({})] }))[0]).toMatch(/^additive parameter-now-optional/);
  });

  it('breaks clients when a request enum is narrowed, and not when it is widened', () => {
    const withEnum = (values: string[]) => api({ responses: {}, parameters: [param({ schema: { type: 'string', enum: values } })] });
    expect(lines(withEnum(['a', 'b']), withEnum(['a']))).toEqual(['breaking enum-narrowed-request POST /users → query parameter `status`']);
    expect(lines(withEnum(['a']), withEnum(['a', 'b']))).toEqual(['additive enum-widened-request POST /users → query parameter `status`']);
  });

  it('matches header parameters case-insensitively and reports removed ones', () => {
    const header = (name: string) => ({ name, in: 'header', schema: { type: 'string' } });
    expect(lines(api({ responses: {}, parameters: [header('X-Trace')] }), api({ responses: {}, parameters: [header('x-trace')] }))).toEqual([]);
    expect(lines(api({ responses: {}, parameters: [header('X-Trace')] }), api({ responses: {} }))).toEqual(['breaking parameter-removed POST /users → header parameter `X-Trace`']);
  });

  it('reads path-level parameters and resolves parameter refs', () => {
    const before = { openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: { '/u': { parameters: [{ $ref: '#/components/parameters/Q' }], get: { responses: {} } } }, components: { parameters: { Q: param({}) } } };
    const after = structuredClone(before);
    (after.components.parameters.Q as Doc).required = true;
    expect(lines(before, after)).toEqual(['breaking parameter-now-required GET /u → query parameter `status`']);
  });
});

describe('request bodies', () => {
  it('breaks clients with a new required field and not with a new optional one', () => {
    const before = api({ requestBody: body(obj({ name: { type: 'string' } }, ['name'])), responses: {} });
    const required = api({ requestBody: body(obj({ name: { type: 'string' }, tenant_id: { type: 'string' } }, ['name', 'tenant_id'])), responses: {} });
    const optional = api({ requestBody: body(obj({ name: { type: 'string' }, note: { type: 'string' } }, ['name'])), responses: {} });
    expect(lines(before, required)).toEqual(['breaking required-field-added POST /users → request body → tenant_id']);
    expect(lines(before, optional)).toEqual(['additive optional-field-added POST /users → request body → note']);
  });

  it('breaks clients when a field becomes required, and when the schema starts refusing unknown fields', () => {
    const before = api({ requestBody: body(obj({ note: { type: 'string' } })), responses: {} });
    const after = api({ requestBody: body({ ...obj({ note: { type: 'string' } }, ['note']), additionalProperties: false }), responses: {} });
    expect(lines(before, after)).toEqual(['breaking field-now-required POST /users → request body → note', 'breaking unknown-fields-refused POST /users → request body']);
  });

  it('classes a narrowed request type as breaking and a widened one as additive', () => {
    const typed = (type: unknown) => api({ requestBody: body(obj({ n: { type } })), responses: {} });
    expect(lines(typed('number'), typed('integer'))).toEqual(['breaking type-changed POST /users → request body → n']);
    expect(lines(typed('integer'), typed('number'))).toEqual(['additive type-widened POST /users → request body → n']);
  });

  it('breaks clients that send null once null is refused', () => {
    const typed = (type: unknown) => api({ requestBody: body(obj({ n: { type } })), responses: {} });
    expect(lines(typed(['string', 'null']), typed('string'))).toEqual(['breaking null-refused POST /users → request body → n']);
  });

  it('breaks clients when limits tighten', () => {
    const limited = (maxLength?: number) => api({ requestBody: body(obj({ n: { type: 'string', maxLength } })), responses: {} });
    expect(lines(limited(100), limited(50))).toEqual(['breaking constraint-tightened POST /users → request body → n']);
    expect(lines(limited(50), limited(undefined))).toEqual(['additive constraint-relaxed POST /users → request body → n']);
  });

  it('reports a body that became required, and a media type that is gone', () => {
    expect(lines(api({ requestBody: body({ type: 'object' }, false), responses: {} }), api({ requestBody: body({ type: 'object' }), responses: {} }))).toEqual([
      'breaking request-body-now-required POST /users → request body',
    ]);
    const xml = api({ requestBody: { required: true, content: { 'application/xml': { schema: {} } } }, responses: {} });
    expect(lines(xml, api({ requestBody: body({}), responses: {} }))).toEqual(['breaking media-type-removed POST /users → request body (application/xml)', 'additive media-type-added POST /users → request body']);
  });
});

describe('responses', () => {
  const get = (schema: unknown, schemas: Doc = {}) => api({ responses: ok(schema) }, { method: 'get', schemas });

  it('breaks clients with a removed response field, resolving local refs', () => {
    const user = (properties: Doc) => get({ $ref: '#/components/schemas/User' }, { User: obj(properties) });
    const changes = diffOpenApi(user({ id: { type: 'string' }, name: { type: 'string' } }), user({ id: { type: 'string' } }));
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ severity: 'breaking', kind: 'field-removed', path: 'GET /users → 200 → name' });
    expect(changes[0]!.reason).toContain('gets undefined');
  });

  it('calls a widened response enum breaking for strict clients, and explains why', () => {
    const status = (values: string[]) => get(obj({ status: { type: 'string', enum: values } }));
    const [change] = diffOpenApi(status(['active']), status(['active', 'pending']));
    expect(change).toMatchObject({ severity: 'breaking', kind: 'enum-widened-response' });
    expect(change!.reason).toMatch(/closed enum|switch/);
    expect(lines(status(['active', 'pending']), status(['active']))).toEqual(['neutral enum-narrowed-response GET /users → 200 → status']);
  });

  it('calls a response field that may now be null or missing breaking', () => {
    expect(lines(get(obj({ n: { type: 'string' } })), get(obj({ n: { type: 'string', nullable: true } })))).toEqual(['breaking became-nullable GET /users → 200 → n']);
    expect(lines(get(obj({ n: { type: 'string' } }, ['n'])), get(obj({ n: { type: 'string' } })))).toEqual(['breaking field-now-optional-response GET /users → 200 → n']);
  });

  it('reads oneOf with a null alternative as nullable', () => {
    const schemas = { Name: { type: 'string' } };
    const plain = get(obj({ n: { $ref: '#/components/schemas/Name' } }), schemas);
    const nullable = get(obj({ n: { oneOf: [{ $ref: '#/components/schemas/Name' }, { type: 'null' }] } }), schemas);
    expect(lines(plain, nullable)).toEqual(['breaking became-nullable GET /users → 200 → n']);
  });

  it('compares array items and merges allOf parts', () => {
    const schemas = { Base: obj({ id: { type: 'string' } }) };
    const list = (extra: Doc) => get({ type: 'array', items: { allOf: [{ $ref: '#/components/schemas/Base' }, obj(extra)] } }, schemas);
    expect(lines(list({ a: { type: 'integer' } }), list({ a: { type: 'string' } }))).toEqual(['breaking type-changed GET /users → 200 → [].a']);
    expect(lines(list({ a: { type: 'integer' } }), list({}))).toEqual(['breaking field-removed GET /users → 200 → [].a']);
  });

  it('stops on recursive schemas', () => {
    const schemas = { Node: obj({ children: { type: 'array', items: { $ref: '#/components/schemas/Node' } }, name: { type: 'string' } }) };
    const after = { Node: obj({ children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } }) };
    expect(lines(get({ $ref: '#/components/schemas/Node' }, schemas), get({ $ref: '#/components/schemas/Node' }, after))).toEqual(['breaking field-removed GET /users → 200 → name']);
  });

  it('reports removed and added statuses, and removed headers', () => {
    const before = api({ responses: { '201': { description: 'c', headers: { Location: { schema: { type: 'string' } } } }, '404': { description: 'n' } } });
    const after = api({ responses: { '201': { description: 'c' }, '409': { description: 'x' } } });
    expect(lines(before, after)).toEqual([
      'breaking response-header-removed POST /users → 201',
      'breaking response-status-removed POST /users → 404',
      'additive response-status-added POST /users → 409',
    ]);
  });

  it('calls a changed format breaking and a new response field additive', () => {
    expect(lines(get(obj({ at: { type: 'string', format: 'date-time' } })), get(obj({ at: { type: 'string', format: 'date' } })))).toEqual(['breaking format-changed GET /users → 200 → at']);
    expect(lines(get(obj({})), get(obj({ at: { type: 'string' } })))).toEqual(['additive field-added GET /users → 200 → at']);
  });
});
