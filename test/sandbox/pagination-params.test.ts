import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { concretePath, listTemplates } from './openapi-routes';
import { call, testSandbox } from './support';

/*
 * The pagination parameters, checked on every list /openapi.json documents: bounds are a
 * 422 naming the parameter; mixing the two styles is a 400 conflicting_parameters.
 */

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const lists = (await listTemplates()).map((template) => [template, concretePath(template)] as const);

describe.each(lists)('the pagination parameters of %s', (_, path) => {
  it('accepts limit and per_page from 1 to 100', async () => {
    for (const query of ['limit=1', 'limit=100', 'per_page=1', 'per_page=100', 'page=1']) {
      expect((await call(sandbox, 'GET', `${path}?${query}`)).status, query).toBe(200);
    }
  });

  it.each([
    ['limit=0', 'limit', 'limit must be at least 1, not 0.'],
    ['limit=101', 'limit', 'limit must be at most 100, not 101.'],
    ['per_page=0', 'per_page', 'per_page must be at least 1, not 0.'],
    ['per_page=101', 'per_page', 'per_page must be at most 100, not 101.'],
    ['page=0', 'page', 'page must be at least 1, not 0.'],
    ['page=two', 'page', 'page must be a number, not "two".'],
  ])('refuses %s with 422 naming the parameter', async (query, param, message) => {
    const res = await call(sandbox, 'GET', `${path}?${query}`);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', param });
    expect(res.body.error.details).toEqual([{ field: param, code: expect.any(String), message }]);
  });

  it.each([
    ['page=2&starting_after=x_1', 'page'],
    ['per_page=5&limit=5', 'per_page'],
    ['snapshot=0&ending_before=x_1', 'snapshot'],
    ['starting_after=x_1&ending_before=x_2', 'ending_before'],
  ])('refuses %s with 400 conflicting_parameters', async (query, param) => {
    const res = await call(sandbox, 'GET', `${path}?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ type: 'validation_error', code: 'conflicting_parameters', param });
  });
});

describe('conflicting parameters', () => {
  it('are reported before bounds: the request must first say which style it uses', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users?page=0&limit=0');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe(
      'page (page numbers) cannot be combined with limit (cursors). Use page and per_page, or limit with starting_after or ending_before, not both.',
    );
  });

  it('name both cursors when starting_after meets ending_before', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/users?starting_after=usr_1&ending_before=usr_3');
    expect(res.body.error.message).toContain('starting_after and ending_before cannot be used together');
  });
});
