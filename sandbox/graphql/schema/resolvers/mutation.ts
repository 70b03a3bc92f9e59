import { moveOrder, publishOrderCreated } from '../../../patterns/order-lifecycle-events';
import { orderTotal } from '../../../store/money';
import type { OrderItemRecord, OrderStatus } from '../../../store/records';
import { canMoveTo, nextStatuses } from '../../subscriptions/order-status-machine';
import type { Resolver, ResolverMap } from './types';

/**
 * Mutations return a payload: the changed object, or `userErrors` that name the input
 * path, say what to fix, and carry a code. Problems the client can fix are data, not
 * GraphQL errors: the request itself was fine. Every problem is listed, not the first.
 */

export interface UserError {
  field: string[];
  message: string;
  code: 'NOT_FOUND' | 'INVALID' | 'INVALID_TRANSITION';
}

const MAX_QUANTITY = 100;
const MAX_NAME_LENGTH = 50;

const upper = (status: OrderStatus) => status.toUpperCase();

type CreateOrderInput = { userId: string; items: { productId: string; quantity: number }[] };

const createOrder: Resolver<unknown, { input: CreateOrderInput }> = async (_root, { input }, { loaders, store, clock, feed }) => {
  const [user, products] = await Promise.all([loaders.user.load(input.userId), Promise.all(input.items.map((item) => loaders.product.load(item.productId)))]);
  const userErrors: UserError[] = [];
  if (!user) {
    userErrors.push({ field: ['input', 'userId'], code: 'NOT_FOUND', message: `userId ${JSON.stringify(input.userId)} is not the id of any user; pick one from { users { nodes { id } } }.` });
  }
  if (input.items.length === 0) {
    userErrors.push({ field: ['input', 'items'], code: 'INVALID', message: 'items is empty; an order needs at least one item.' });
  }
  input.items.forEach((item, index) => {
    if (!products[index]) {
      userErrors.push({
        field: ['input', 'items', String(index), 'productId'],
        code: 'NOT_FOUND',
        message: `items[${index}].productId ${JSON.stringify(item.productId)} is not the id of any product; pick one from { products { nodes { id } } }.`,
      });
    }
    if (item.quantity < 1 || item.quantity > MAX_QUANTITY) {
      userErrors.push({
        field: ['input', 'items', String(index), 'quantity'],
        code: 'INVALID',
        message: `items[${index}].quantity must be between 1 and ${MAX_QUANTITY}, not ${item.quantity}.`,
      });
    }
  });
  if (userErrors.length > 0) return { order: null, userErrors };

  // Priced now, at each product's current price; the item keeps that price from then on.
  const items: OrderItemRecord[] = input.items.map((item, index) => ({
    id: store.orderItemIds.next(),
    product_id: item.productId,
    quantity: item.quantity,
    unit_price: { ...products[index]!.price_money },
  }));
  const order = store.orders.insert({
    user_id: input.userId,
    items,
    status: 'pending',
    total: orderTotal(items),
    created_at: new Date(clock.now()).toISOString(),
  });
  publishOrderCreated(feed, order);
  return { order, userErrors: [] };
};

const updateOrderStatus: Resolver<unknown, { input: { orderId: string; status: OrderStatus } }> = async (_root, { input }, { loaders, store, feed }) => {
  const current = await loaders.order.load(input.orderId);
  if (!current) {
    const message = `orderId ${JSON.stringify(input.orderId)} is not the id of any order; pick one from { orders { nodes { id status } } }.`;
    return { order: null, previousStatus: null, userErrors: [{ field: ['input', 'orderId'], code: 'NOT_FOUND', message }] };
  }
  if (!canMoveTo(current.status, input.status)) {
    const allowed = nextStatuses(current.status).map(upper);
    const options = allowed.length > 0 ? `it can move to ${allowed.join(' or ')}` : 'that status is final, so it cannot change any more';
    const message = `Order ${current.id} is ${upper(current.status)}; ${options}, not ${upper(input.status)}.`;
    return { order: null, previousStatus: null, userErrors: [{ field: ['input', 'status'], code: 'INVALID_TRANSITION', message }] };
  }
  // The same move as REST's: stored and published once to the feed, which subscriptions hear.
  const order = moveOrder(store, feed, current, input.status);
  return { order, previousStatus: current.status, userErrors: [] };
};

type ProfileInput = { userId: string; firstName: string; lastName: string };

function nameErrors(input: ProfileInput): UserError[] {
  const errors: UserError[] = [];
  for (const key of ['firstName', 'lastName'] as const) {
    const value = input[key].trim();
    if (value === '') errors.push({ field: ['input', key], code: 'INVALID', message: `${key} is blank; send at least one letter.` });
    else if (value.length > MAX_NAME_LENGTH) errors.push({ field: ['input', key], code: 'INVALID', message: `${key} is ${value.length} characters long; the most is ${MAX_NAME_LENGTH}.` });
  }
  // The store keeps one name; the profile splits it at the first space, so a two-word first name would not survive.
  if (/\s/.test(input.firstName.trim())) {
    errors.push({ field: ['input', 'firstName'], code: 'INVALID', message: 'firstName must be one word; put any further names in lastName.' });
  }
  return errors;
}

const updateUserProfile: Resolver<unknown, { input: ProfileInput }> = async (_root, { input }, { loaders, store }) => {
  const user = await loaders.user.load(input.userId);
  const userErrors = nameErrors(input);
  if (!user) {
    userErrors.unshift({ field: ['input', 'userId'], code: 'NOT_FOUND', message: `userId ${JSON.stringify(input.userId)} is not the id of any user; pick one from { users { nodes { id } } }.` });
  }
  if (userErrors.length > 0) return { user: null, userErrors };
  const updated = store.users.update(input.userId, { name: `${input.firstName.trim()} ${input.lastName.trim()}` });
  return { user: updated, userErrors: [] };
};

export const mutationResolvers: ResolverMap = {
  Mutation: { createOrder, updateOrderStatus, updateUserProfile },
};
