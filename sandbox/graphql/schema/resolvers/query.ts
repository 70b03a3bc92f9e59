import type { Money, OrderStatus } from '../../../store/records';
import { connectionFrom, type ConnectionArgs } from '../connection';
import { notFound } from '../errors';
import type { Resolver, ResolverMap } from './types';

/**
 * The root queries. Single objects go through the loaders (batched and cached);
 * lists are one read each, then paged in memory by `connectionFrom`.
 */

/** The record, or a NOT_FOUND error beside a null field when there is none. */
function required<T>(record: T | undefined, noun: string, id: string, hint: string): T {
  if (record === undefined) throw notFound(noun, id, hint);
  return record;
}

const viewer: Resolver<unknown> = async (_root, _args, { loaders, viewerId }) =>
  required(await loaders.user.load(viewerId), 'user', viewerId, 'The viewer was deleted: reset the sandbox with POST /api/v1/sandbox/reset.');

const user: Resolver<unknown, { id: string }> = async (_root, { id }, { loaders }) =>
  required(await loaders.user.load(id), 'user', id, 'Find one with { users { nodes { id name } } }.');

const product: Resolver<unknown, { id: string }> = async (_root, { id }, { loaders }) =>
  required(await loaders.product.load(id), 'product', id, 'Find one with { products { nodes { id name } } }.');

const order: Resolver<unknown, { id: string }> = async (_root, { id }, { loaders }) =>
  required(await loaders.order.load(id), 'order', id, 'Find one with { orders { nodes { id status } } }.');

const users: Resolver<unknown, ConnectionArgs> = (_root, args, { reader }) => connectionFrom(reader.allUsers(), args, 'usr');

const products: Resolver<unknown, ConnectionArgs & { maxPrice?: Money | null }> = (_root, { maxPrice, ...page }, { reader }) => {
  const all = reader.allProducts();
  const affordable = maxPrice ? all.filter((item) => item.price_money.amount <= maxPrice.amount) : all;
  return connectionFrom(affordable, page, 'prd');
};

type OrderFilter = { status?: OrderStatus | null; createdAfter?: Date | null };

const orders: Resolver<unknown, ConnectionArgs & OrderFilter> = (_root, { status, createdAfter, ...page }, { reader }) => {
  const matching = reader
    .allOrders()
    .filter((item) => !status || item.status === status)
    .filter((item) => !createdAfter || Date.parse(item.created_at) > createdAfter.getTime());
  return connectionFrom(matching, page, 'ord');
};

export const queryResolvers: ResolverMap = {
  Query: { viewer, user, users, product, products, order, orders },
};
