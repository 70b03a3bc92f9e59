import { Collection } from './collection';
import type { OrderRecord, ProductRecord, UserRecord } from './records';
import { seedOrders, seedProducts, seedUsers } from './seed';

/** All of the sandbox's data: one collection per resource. */
export interface Store {
  users: Collection<UserRecord>;
  products: Collection<ProductRecord>;
  orders: Collection<OrderRecord>;
  /** Throws away every change and restores the seed data and id counters. */
  reset(): void;
}

/** Creates a store filled with the seed data. Each sandbox has its own. */
export function createStore(): Store {
  const users = new Collection('usr', seedUsers);
  const products = new Collection('prd', seedProducts);
  const orders = new Collection('ord', seedOrders);
  return {
    users,
    products,
    orders,
    reset() {
      users.reset();
      products.reset();
      orders.reset();
    },
  };
}
