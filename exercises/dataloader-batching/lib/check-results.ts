/**
 * Checks on what each load resolves to: the user's own orders, oldest first, whatever
 * order the store's rows come in; [] for users without orders and unknown ids; and no
 * answers carried over from one request's loader to the next.
 */
import { newLoader, resultProblem, settle, show, startLoad, type CreateOrdersLoader } from './loader-calls';
import { createStore, expectedOrders, seedOrders, userId } from './store';

/** A single load that does not resolve to the user's orders. */
export async function singleLoadProblems(create: CreateOrdersLoader): Promise<string[]> {
  const orders = seedOrders(8);
  const loader = newLoader(create, createStore(orders));
  const problem = resultProblem('load("usr_3")', await settle(startLoad(loader, userId(3))), expectedOrders(orders, userId(3)));
  return problem ? [`${problem}. Resolve each load with the rows whose userId is the key, in the order the store gave them.`] : [];
}

/** Loads of mixed keys (unknown, without orders, repeated) that get someone else's orders. */
export async function keyOrderProblems(create: CreateOrdersLoader): Promise<string[]> {
  const orders = seedOrders(12);
  const store = createStore(orders);
  const loader = newLoader(create, store);
  // usr_4, usr_8 and usr_12 have no orders; usr_99 does not exist. The store returns rows
  // by time, so its users come in another order than these keys.
  const keys = [userId(7), userId(4), 'usr_99', userId(2), userId(12), userId(11)];
  const outcomes = await Promise.all(keys.map((key) => settle(startLoad(loader, key))));
  const problem = outcomes.map((outcome, i) => resultProblem(`load(${show(keys[i])})`, outcome, expectedOrders(orders, keys[i]!))).find(Boolean);
  if (!problem) return [];
  return [
    `Loading ${show(keys)} in one tick: ${problem}. The store leaves out users without orders and mixes the rest, so ` +
      'matching rows to keys by position goes wrong; give each key the rows whose userId equals it, and [] when there are none.',
  ];
}

/** A second request's loader that answers from the first request's reads. */
export async function freshLoaderProblems(create: CreateOrdersLoader): Promise<string[]> {
  const orders = seedOrders(8);
  const store = createStore(orders);
  await settle(startLoad(newLoader(create, store), userId(1)));
  const added: BatchOrder = { id: 'ord_1_new', userId: userId(1), status: 'pending', createdAt: '2026-03-01T12:00:00.000Z' };
  store.addOrder(added);
  const readsBefore = store.reads.length;
  const outcome = await settle(startLoad(newLoader(create, store), userId(1)));
  const problem = resultProblem('A new loader (the next request) loading "usr_1"', outcome, expectedOrders([...orders, added], userId(1)));
  if (!problem && store.reads.length > readsBefore) return [];
  return [
    `${problem ?? 'A new loader (the next request) answered load("usr_1") without reading the store'}, after usr_1 placed ` +
      'order ord_1_new. Keep the pending keys (and any cache) inside createOrdersLoader, not at the top of the file, ' +
      'so each request starts empty and never sees another request\'s answers.',
  ];
}
