import { beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../sandbox/index';
import { documentedPaths } from './openapi-routes';
import { call, START, testSandbox } from './support';

let sandbox: Sandbox;
beforeEach(() => {
  sandbox = testSandbox();
});

const office = { line1: '1 Infinite Loop', line2: 'Floor 2', city: 'Cupertino', postal_code: '95014', country: 'US' };

describe('addresses', () => {
  it('lists a customer’s addresses under the customer, each with its own short URL', async () => {
    const res = await call(sandbox, 'GET', '/api/v1/customers/cus_1/addresses');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([
      {
        id: 'adr_1',
        customer_id: 'cus_1',
        line1: '12 St James’s Square',
        line2: null,
        city: 'London',
        postal_code: 'SW1Y 4JH',
        country: 'GB',
        created_at: '2026-01-05T09:06:00.000Z',
        links: { self: '/api/v1/addresses/adr_1', customer: '/api/v1/customers/cus_1' },
      },
    ]);
  });

  it('adds an address to a customer: 201, Location at /addresses/{id}', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/customers/cus_2/addresses', { json: office });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/v1/addresses/adr_4');
    expect(res.body).toEqual({
      data: { id: 'adr_4', customer_id: 'cus_2', ...office, created_at: START },
      links: { self: '/api/v1/addresses/adr_4', customer: '/api/v1/customers/cus_2' },
    });
    const listed = await call(sandbox, 'GET', '/api/v1/customers/cus_2/addresses');
    expect(listed.body.data.map((a: { id: string }) => a.id)).toEqual(['adr_2', 'adr_4']);
  });

  it('stores line2 as null when it is left out', async () => {
    const { line2: _, ...oneLine } = office;
    const res = await call(sandbox, 'POST', '/api/v1/customers/cus_2/addresses', { json: oneLine });
    expect(res.body.data.line2).toBeNull();
  });

  it('lists every invalid field of an address, with a message that says what a country code looks like', async () => {
    const res = await call(sandbox, 'POST', '/api/v1/customers/cus_2/addresses', { json: { line1: '', city: 'Paris', postal_code: '75001', country: 'France' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([
      { field: 'line1', code: 'too_small', message: 'line1 must not be empty.' },
      { field: 'country', code: 'invalid_format', message: 'country must be a two-letter ISO 3166-1 code in capitals, such as GB or US.' },
    ]);
  });

  it('returns 404 when listing or adding addresses of a customer that does not exist', async () => {
    expect((await call(sandbox, 'GET', '/api/v1/customers/cus_99/addresses')).status).toBe(404);
    const res = await call(sandbox, 'POST', '/api/v1/customers/cus_99/addresses', { json: office });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('cus_99');
  });

  it('changes only the fields sent with PATCH, and line2: null removes the second line', async () => {
    await call(sandbox, 'PATCH', '/api/v1/addresses/adr_3', { json: { line2: 'Flat 1' } });
    const res = await call(sandbox, 'PATCH', '/api/v1/addresses/adr_3', { json: { city: 'Manchester', line2: null } });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: 'adr_3', line1: '43 Adlington Road', line2: null, city: 'Manchester', customer_id: 'cus_3' });
  });

  it('deletes an address with 204, then GET and DELETE are 404', async () => {
    expect((await call(sandbox, 'DELETE', '/api/v1/addresses/adr_2')).status).toBe(204);
    const gone = await call(sandbox, 'GET', '/api/v1/addresses/adr_2');
    expect(gone.status).toBe(404);
    expect(gone.body.error.message).toContain('/api/v1/customers/{id}/addresses');
    expect((await call(sandbox, 'DELETE', '/api/v1/addresses/adr_2')).status).toBe(404);
    expect((await call(sandbox, 'GET', '/api/v1/customers/cus_2/addresses')).body.data).toEqual([]);
  });
});

describe('resource nesting', () => {
  it('never nests deeper than /collection/{id}/sub-collection', async () => {
    // The REST API's own paths; /oauth/* and /.well-known/* are laid out by their RFCs.
    for (const { template } of (await documentedPaths()).filter(({ template }) => template.startsWith('/api/v1/'))) {
      // A namespace is not nesting: webhooks/ and sandbox/ group tools, and a tenant's id scopes everything under it.
      const segments = template.replace(/^\/api\/v1\/(webhooks\/|sandbox\/|tenants\/\{tenant_id\}\/)?/, '').split('/');
      expect(segments.length, template).toBeLessThanOrEqual(3);
      expect(segments.filter((segment) => segment.startsWith('{')).length, template).toBeLessThanOrEqual(1);
    }
  });
});
