import { describe, expect, it } from 'vitest';
import { data } from './graphql-helpers';
import { call, testSandbox } from './support';


const CREATE_ORDER = `mutation Create($input: CreateOrderInput!) {
  createOrder(input: $input) { order { id status total createdAt user { id } items { productId quantity unitPrice } } userErrors { field message code } }
}`;

const UPDATE_STATUS = `mutation Move($input: UpdateOrderStatusInput!) {
  updateOrderStatus(input: $input) { order { id status } previousStatus userErrors { field message code } }
}`;

const UPDATE_PROFILE = `mutation Rename($input: UpdateUserProfileInput!) {
  updateUserProfile(input: $input) { user { name profile { firstName lastName } } userErrors { field message code } }
}`;

describe('createOrder', () => {
  it('places a pending order priced by the server, visible over REST too', async () => {
    const sandbox = testSandbox();
    const result = await data(sandbox, CREATE_ORDER, { variables: { input: { userId: 'usr_3', items: [{ productId: 'prd_4', quantity: 2 }] } } });
    expect(result.createOrder).toEqual({
      order: {
        id: 'ord_5',
        status: 'PENDING',
        total: '79.90 EUR',
        createdAt: '2026-03-01T12:00:00.000Z',
        user: { id: 'usr_3' },
        items: [{ productId: 'prd_4', quantity: 2, unitPrice: '39.95 EUR' }],
      },
      userErrors: [],
    });
    const rest = await call(sandbox, 'GET', '/api/v1/orders/ord_5');
    expect(rest.status).toBe(200);
    expect(rest.body.data).toMatchObject({ user_id: 'usr_3', status: 'pending', total: { amount: 7990, currency: 'EUR' } });
  });

  it('lists every problem as a userError with its input path and code, and creates nothing', async () => {
    const sandbox = testSandbox();
    const input = { userId: 'usr_9', items: [{ productId: 'prd_1', quantity: 0 }, { productId: 'prd_77', quantity: 1 }] };
    const result = await data(sandbox, CREATE_ORDER, { variables: { input } });
    expect(result.createOrder.order).toBeNull();
    expect(result.createOrder.userErrors).toEqual([
      { field: ['input', 'userId'], code: 'NOT_FOUND', message: expect.stringContaining('"usr_9" is not the id of any user') },
      { field: ['input', 'items', '0', 'quantity'], code: 'INVALID', message: 'items[0].quantity must be between 1 and 100, not 0.' },
      { field: ['input', 'items', '1', 'productId'], code: 'NOT_FOUND', message: expect.stringContaining('"prd_77" is not the id of any product') },
    ]);
    const orders = await call(sandbox, 'GET', '/api/v1/orders');
    expect(orders.body.data).toHaveLength(4);
  });

  it('refuses an order without items', async () => {
    const result = await data(testSandbox(), CREATE_ORDER, { variables: { input: { userId: 'usr_1', items: [] } } });
    expect(result.createOrder.userErrors).toEqual([{ field: ['input', 'items'], code: 'INVALID', message: 'items is empty; an order needs at least one item.' }]);
  });
});

describe('updateOrderStatus', () => {
  it('moves an order one step along its lifecycle and returns the previous status', async () => {
    const sandbox = testSandbox();
    const result = await data(sandbox, UPDATE_STATUS, { variables: { input: { orderId: 'ord_4', status: 'PAID' } } });
    expect(result.updateOrderStatus).toEqual({ order: { id: 'ord_4', status: 'PAID' }, previousStatus: 'PENDING', userErrors: [] });
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_4')).body.data.status).toBe('paid');
  });

  it('refuses a move the lifecycle does not allow, saying which moves it does', async () => {
    const sandbox = testSandbox();
    const result = await data(sandbox, UPDATE_STATUS, { variables: { input: { orderId: 'ord_4', status: 'SHIPPED' } } });
    expect(result.updateOrderStatus).toEqual({
      order: null,
      previousStatus: null,
      userErrors: [{ field: ['input', 'status'], code: 'INVALID_TRANSITION', message: 'Order ord_4 is PENDING; it can move to PAID or CANCELLED, not SHIPPED.' }],
    });
    expect((await call(sandbox, 'GET', '/api/v1/orders/ord_4')).body.data.status).toBe('pending');
  });

  it('refuses any change to an order in a final status', async () => {
    const result = await data(testSandbox(), UPDATE_STATUS, { variables: { input: { orderId: 'ord_1', status: 'CANCELLED' } } });
    expect(result.updateOrderStatus.userErrors[0].message).toBe('Order ord_1 is DELIVERED; that status is final, so it cannot change any more, not CANCELLED.');
  });

  it('reports an unknown order as a NOT_FOUND userError', async () => {
    const result = await data(testSandbox(), UPDATE_STATUS, { variables: { input: { orderId: 'ord_42', status: 'PAID' } } });
    expect(result.updateOrderStatus.userErrors).toEqual([{ field: ['input', 'orderId'], code: 'NOT_FOUND', message: expect.stringContaining('"ord_42"') }]);
  });
});

describe('updateUserProfile', () => {
  it('renames the user, and the profile and REST follow', async () => {
    const sandbox = testSandbox();
    const result = await data(sandbox, UPDATE_PROFILE, { variables: { input: { userId: 'usr_2', firstName: ' Grace ', lastName: 'Brewster Hopper' } } });
    expect(result.updateUserProfile).toEqual({ user: { name: 'Grace Brewster Hopper', profile: { firstName: 'Grace', lastName: 'Brewster Hopper' } }, userErrors: [] });
    expect((await call(sandbox, 'GET', '/api/v1/users/usr_2')).body.data.name).toBe('Grace Brewster Hopper');
  });

  it('lists every invalid name field', async () => {
    const result = await data(testSandbox(), UPDATE_PROFILE, { variables: { input: { userId: 'usr_2', firstName: 'Mary Ann', lastName: '  ' } } });
    expect(result.updateUserProfile.user).toBeNull();
    expect(result.updateUserProfile.userErrors).toEqual([
      { field: ['input', 'lastName'], code: 'INVALID', message: 'lastName is blank; send at least one letter.' },
      { field: ['input', 'firstName'], code: 'INVALID', message: 'firstName must be one word; put any further names in lastName.' },
    ]);
  });
});
