/**
 * The calls the grader makes, each with the links it must produce. Expected values
 * are written out by hand, not computed, so the grader shares no logic with any
 * solution.
 */
import type { Call } from './calls';

export interface Case extends Call {
  expected: Record<string, string>;
}

const ada = { id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com', address: { city: 'London' } };
const order = { id: 'ord_42', status: 'paid', items: [{ product_id: 'prd_7', quantity: 2 }] };
const lamp = { id: 'prd_7', name: 'Desk lamp', price: { amount: 1999, currency: 'EUR' }, tags: ['light'] };

/** Ordinary ids with the default base path. */
export const plainCases: Case[] = [
  { collection: 'users', resource: ada, expected: { self: '/api/v1/users/usr_1' } },
  { collection: 'orders', resource: order, expected: { self: '/api/v1/orders/ord_42' } },
  { collection: 'products', resource: lamp, related: [], expected: { self: '/api/v1/products/prd_7' } },
];

/** Ids that contain path syntax or non-ASCII letters. */
export const awkwardIdCases: Case[] = [
  ['ada lovelace', 'ada%20lovelace'],
  ['2024/07', '2024%2F07'],
  ['ticket#12', 'ticket%2312'],
  ['what?x=1', 'what%3Fx%3D1'],
  ['zoë-✓', 'zo%C3%AB-%E2%9C%93'],
  ['100%', '100%25'],
].map(([id, encoded]) => ({
  collection: 'users',
  resource: { id: id!, name: 'Someone' },
  expected: { self: `/api/v1/users/${encoded}` },
}));

/** Other base paths: another version, a trailing slash, a deeper prefix, the root. */
export const basePathCases: Case[] = [
  ['/api/v2', '/api/v2/users/usr_1'],
  ['/api/v2/', '/api/v2/users/usr_1'],
  ['/shop/api/v3', '/shop/api/v3/users/usr_1'],
  ['', '/users/usr_1'],
  ['/', '/users/usr_1'],
].map(([basePath, self]) => ({
  collection: 'users',
  resource: { id: 'usr_1', name: 'Ada Lovelace' },
  related: [],
  basePath: basePath!,
  expected: { self: self! },
}));

/** Resources with collections nested under them. */
export const relatedCases: Case[] = [
  {
    collection: 'users',
    resource: ada,
    related: ['orders'],
    expected: { self: '/api/v1/users/usr_1', orders: '/api/v1/users/usr_1/orders' },
  },
  {
    collection: 'users',
    resource: { id: 'usr_2', name: 'Grace Hopper' },
    related: ['orders', 'payment-methods', 'addresses'],
    basePath: '/api/v2/',
    expected: {
      self: '/api/v2/users/usr_2',
      orders: '/api/v2/users/usr_2/orders',
      'payment-methods': '/api/v2/users/usr_2/payment-methods',
      addresses: '/api/v2/users/usr_2/addresses',
    },
  },
  {
    collection: 'orders',
    resource: order,
    related: ['items', 'shipments'],
    basePath: '',
    expected: { self: '/orders/ord_42', items: '/orders/ord_42/items', shipments: '/orders/ord_42/shipments' },
  },
];

/** Every case whose id needs no encoding: what the link-hygiene checks look at. */
export const everydayCases: Case[] = [...plainCases, ...basePathCases, ...relatedCases];
