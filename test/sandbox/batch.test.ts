import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { call, START, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const batch = (json: unknown) => call(sandbox, 'POST', '/api/v1/batch', { json });
const userIds = async () => (await call(sandbox, 'GET', '/api/v1/users')).body.data.map((user: { id: string }) => user.id);
const create = (name: string, email: string) => ({ method: 'create', resource: 'users', data: { name, email } });

describe('POST /api/v1/batch', () => {
  it('runs each operation and reports mixed results with index, status and the user or the error', async () => {
    const res = await batch({
      operations: [
        create('Katherine Johnson', 'katherine@example.com'),
        create('Dorothy Vaughan', 'not-an-email'),
        { method: 'update', resource: 'users', id: 'usr_99', data: { name: 'Nobody' } },
        { method: 'update', resource: 'users', id: 'usr_2', data: { email: 'ADA@example.com' } },
        { method: 'update', resource: 'users', id: 'usr_3', data: { name: 'Alan M. Turing' } },
        { method: 'delete', resource: 'users', id: 'usr_1' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.atomic).toBe(false);
    expect(res.body.results.map((r: { index: number; outcome: string; status: number }) => [r.index, r.outcome, r.status])).toEqual([
      [0, 'succeeded', 201],
      [1, 'failed', 422],
      [2, 'failed', 404],
      [3, 'failed', 409],
      [4, 'succeeded', 200],
      [5, 'succeeded', 204],
    ]);
    expect(res.body.results[0].data).toEqual({ id: 'usr_4', name: 'Katherine Johnson', email: 'katherine@example.com', created_at: START });
    expect(res.body.results[1].error).toMatchObject({
      type: 'validation_error',
      code: 'validation_failed',
      param: 'operations[1].data.email',
      details: [{ field: 'operations[1].data.email', code: 'invalid_format', message: 'operations[1].data.email must be an email address such as ada@example.com, not "not-an-email".' }],
      doc_url: '/errors/validation_failed',
      request_id: res.headers.get('X-Request-Id'),
    });
    expect(res.body.results[2].error.code).toBe('resource_not_found');
    expect(res.body.results[3].error).toMatchObject({ code: 'email_taken', param: 'operations[3].data.email' });
    expect(res.body.results[4].data.name).toBe('Alan M. Turing');
    expect(res.body.results[5].data).toBeUndefined();
    expect(res.body.summary).toEqual({ total: 6, succeeded: 3, failed: 3, rolled_back: 0 });
    expect(await userIds()).toEqual(['usr_2', 'usr_3', 'usr_4']);
  });

  it('sees the effect of earlier operations in the same batch (one email, two creates)', async () => {
    const res = await batch({ operations: [create('A', 'same@example.com'), create('B', 'SAME@example.com')] });
    expect(res.body.results.map((r: { status: number }) => r.status)).toEqual([201, 409]);
  });

  it('in atomic mode applies nothing when one operation fails, and says which ones were rolled back', async () => {
    const res = await batch({
      atomic: true,
      operations: [create('Katherine Johnson', 'katherine@example.com'), { method: 'delete', resource: 'users', id: 'usr_2' }, { method: 'delete', resource: 'users', id: 'usr_42' }],
    });
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([
      { index: 0, outcome: 'rolled_back', status: 424, message: 'Not applied: the batch is atomic and operation 2 failed. Fix it and send the whole batch again.' },
      { index: 1, outcome: 'rolled_back', status: 424, message: expect.any(String) },
      { index: 2, outcome: 'failed', status: 404, error: expect.objectContaining({ code: 'resource_not_found' }) },
    ]);
    expect(res.body.summary).toEqual({ total: 3, succeeded: 0, failed: 1, rolled_back: 2 });
    expect(await userIds()).toEqual(['usr_1', 'usr_2', 'usr_3']);
    // Not even an id was used up: the next user is still usr_4.
    expect((await call(sandbox, 'POST', '/api/v1/users', { json: { name: 'X', email: 'x@example.com' } })).body.data.id).toBe('usr_4');
  });

  it('in atomic mode applies everything when every operation succeeds', async () => {
    const res = await batch({
      atomic: true,
      operations: [{ method: 'delete', resource: 'users', id: 'usr_1' }, create('Ada Again', 'ada@example.com'), create('Grace Again', 'grace2@example.com')],
    });
    expect(res.body.results.map((r: { outcome: string; data?: { id: string } }) => [r.outcome, r.data?.id])).toEqual([
      ['succeeded', undefined],
      ['succeeded', 'usr_4'],
      ['succeeded', 'usr_5'],
    ]);
    expect(await userIds()).toEqual(['usr_2', 'usr_3', 'usr_4', 'usr_5']);
  });

  it('accepts 50 operations and refuses 51 as a whole with 422, applying none', async () => {
    const ops = (n: number) => Array.from({ length: n }, (_, i) => create(`User ${i}`, `user${i}@example.com`));
    const tooMany = await batch({ operations: ops(51) });
    expect(tooMany.status).toBe(422);
    expect(tooMany.body.error.details).toEqual([{ field: 'operations', code: 'too_big', message: 'operations must have at most 50 items.' }]);
    expect(await userIds()).toHaveLength(3);
    const fifty = await batch({ operations: ops(50) });
    expect(fifty.status).toBe(200);
    expect(fifty.body.summary).toEqual({ total: 50, succeeded: 50, failed: 0, rolled_back: 0 });
  });

  it('reports an operation missing its id or data, or sending one it must not, in that operation’s result', async () => {
    const res = await batch({
      operations: [
        { method: 'update', resource: 'users', data: { name: 'No id' } },
        { method: 'create', resource: 'users', id: 'usr_7', data: { name: 'Chosen id', email: 'c@example.com' } },
        { method: 'delete', resource: 'users', id: 'usr_3', data: {} },
        { method: 'create', resource: 'users', data: { name: 'Typo', emial: 't@example.com' } },
      ],
    });
    expect(res.body.results.map((r: { error: { details: { field: string; code: string }[] } }) => r.error.details.map((d) => `${d.field} ${d.code}`))).toEqual([
      ['operations[0].id required'],
      ['operations[1].id not_allowed'],
      ['operations[2].data not_allowed'],
      ['operations[3].data.email required', 'operations[3].data.emial unknown_field'],
    ]);
  });

  it('refuses a malformed batch as a whole, naming each bad field', async () => {
    const res = await batch({ operations: [{ method: 'upsert', resource: 'users' }, { method: 'delete', resource: 'orders', id: 'ord_1' }], atomic: 'yes' });
    expect(res.status).toBe(422);
    expect(res.body.error.details.map((d: { field: string }) => d.field)).toEqual(['operations[0].method', 'operations[1].resource', 'atomic']);
    expect((await batch({ operations: [] })).body.error.details[0]).toMatchObject({ field: 'operations', code: 'too_small' });
  });
});
