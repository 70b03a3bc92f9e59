import { describe, expect, it } from 'vitest';
import { formatMoney, parseMoney } from '../../sandbox/graphql/schema/scalars/money';
import { parseDateTime } from '../../sandbox/graphql/schema/scalars/date-time';
import { data, GRAPHQL_RESPONSE, gql } from './graphql-helpers';
import { testSandbox } from './support';


const BY_PRICE = 'query ($max: Money) { products(maxPrice: $max) { nodes { name price } } }';
const SINCE = 'query ($after: DateTime) { orders(createdAfter: $after) { nodes { id } } }';

describe('the Money scalar', () => {
  it('serializes minor units as an amount with two decimals and a currency', () => {
    expect(formatMoney({ amount: 8999, currency: 'EUR' })).toBe('89.99 EUR');
    expect(formatMoney({ amount: 5, currency: 'EUR' })).toBe('0.05 EUR');
    expect(formatMoney({ amount: -1250, currency: 'EUR' })).toBe('-12.50 EUR');
  });

  it('parses an amount back into minor units without floating point', () => {
    expect(parseMoney('0.29 EUR')).toEqual({ amount: 29, currency: 'EUR' });
    expect(parseMoney('1234567.89 EUR')).toEqual({ amount: 123456789, currency: 'EUR' });
  });

  it('filters by a Money variable', async () => {
    const result = await data(testSandbox(), BY_PRICE, { variables: { max: '40.00 EUR' } });
    expect(result.products.nodes).toEqual([
      { name: 'USB-C cable', price: '12.50 EUR' },
      { name: 'Laptop stand', price: '39.95 EUR' },
    ]);
  });

  it.each([
    ['89.9 EUR', 'exactly two decimals'],
    ['89.99', 'exactly two decimals'],
    ['89.99 USD', 'only deals in EUR'],
    ['€89.99', 'exactly two decimals'],
  ])('refuses the variable %j before running anything', async (value, reason) => {
    const result = await gql(testSandbox(), BY_PRICE, { variables: { max: value }, accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(400);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors[0]).toMatchObject({ message: expect.stringContaining(reason), extensions: { code: 'BAD_USER_INPUT' } });
    expect(result.body.errors[0].message).toContain('"$max"');
  });

  it('refuses a number where Money is written in the query itself', async () => {
    const result = await gql(testSandbox(), '{ products(maxPrice: 40) { totalCount } }', { accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toMatchObject({
      message: expect.stringContaining('Money must be written as a string'),
      locations: [{ line: 1, column: 22 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });
});

describe('the DateTime scalar', () => {
  it('filters by a DateTime variable, honouring its time zone offset', async () => {
    // 17:00 at +01:00 is 16:00 UTC, so ord_2 (16:20 UTC) counts; read as 17:00 UTC it would not.
    const result = await data(testSandbox(), SINCE, { variables: { after: '2026-01-12T17:00:00+01:00' } });
    expect(result.orders.nodes).toEqual([{ id: 'ord_2' }, { id: 'ord_3' }, { id: 'ord_4' }]);
  });

  it('accepts RFC 3339 instants and normalizes them to UTC', () => {
    expect(parseDateTime('2026-01-05T10:00:00+01:00').toISOString()).toBe('2026-01-05T09:00:00.000Z');
    expect(parseDateTime('2024-02-29T00:00:00Z').toISOString()).toBe('2024-02-29T00:00:00.000Z');
  });

  it.each([
    ['2026-01-05', 'with a time zone'],
    ['2026-01-05T09:00:00', 'with a time zone'],
    ['2026-02-30T09:00:00Z', 'does not exist'],
    ['2026-01-05T24:00:00Z', 'does not exist'],
    ['yesterday', 'with a time zone'],
  ])('refuses %j', async (value, reason) => {
    const result = await gql(testSandbox(), SINCE, { variables: { after: value }, accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(400);
    expect(result.body.errors[0]).toMatchObject({ message: expect.stringContaining(reason), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('refuses a DateTime literal that is not a string', async () => {
    const result = await gql(testSandbox(), '{ orders(createdAfter: 1767225600) { totalCount } }', { accept: GRAPHQL_RESPONSE });
    expect(result.status).toBe(400);
    expect(result.body.errors[0].message).toContain('DateTime must be written as a string');
  });
});
