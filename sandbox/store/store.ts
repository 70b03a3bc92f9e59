import type { Clock } from './clock';
import { Collection } from './collection';
import { IdSequence } from './ids';
import type { AuthorRecord, BookRecord, LoanRecord, MemberRecord, ReservationRecord } from './library-records';
import type { AddressRecord, CustomerRecord, OrderRecord, ProductRecord, UserRecord } from './records';
import { ORDER_ITEM_PREFIX, SEED_ORDER_ITEMS, seedOrders, seedProducts, seedUsers } from './seed';
import { seedAddresses, seedCustomers } from './seed-customers';
import { seedAuthors, seedBooks, seedLoans, seedMembers, seedReservations } from './seed-library';

/** All of the sandbox's data: one collection per resource. */
export interface Store {
  users: Collection<UserRecord>;
  products: Collection<ProductRecord>;
  orders: Collection<OrderRecord>;
  /** Ids for the items inside orders (itm_1, ...), which have no collection of their own. */
  orderItemIds: IdSequence;
  customers: Collection<CustomerRecord>;
  addresses: Collection<AddressRecord>;
  authors: Collection<AuthorRecord>;
  books: Collection<BookRecord>;
  members: Collection<MemberRecord>;
  loans: Collection<LoanRecord>;
  reservations: Collection<ReservationRecord>;
  /** Throws away every change and restores the seed data and id counters. */
  reset(): void;
}

/**
 * Creates a store filled with the seed data. Each sandbox has its own. The library's
 * loans and reservations are dated relative to `clock` at each reset.
 */
export function createStore(clock: Clock): Store {
  const collections = {
    users: new Collection('usr', seedUsers),
    products: new Collection('prd', seedProducts),
    orders: new Collection('ord', seedOrders),
    customers: new Collection('cus', seedCustomers),
    addresses: new Collection('adr', seedAddresses),
    authors: new Collection('aut', seedAuthors),
    books: new Collection('bok', seedBooks),
    members: new Collection('mem', seedMembers),
    loans: new Collection('lon', () => seedLoans(clock.now())),
    reservations: new Collection('rsv', () => seedReservations(clock.now())),
  };
  const orderItemIds = new IdSequence(ORDER_ITEM_PREFIX, SEED_ORDER_ITEMS + 1);
  return {
    ...collections,
    orderItemIds,
    reset() {
      for (const collection of Object.values(collections)) collection.reset();
      orderItemIds.reset();
    },
  };
}
