/**
 * Checks that loads are batched: a nested query reads the store once, resolvers that
 * await first still join the batch, repeated keys are read once, and a later tick
 * starts a new batch.
 */
import { describeOutcome, newLoader, resultProblem, settle, show, startLoad, type CreateOrdersLoader } from './loader-calls';
import { runNestedQuery } from './nested-query';
import { createStore, expectedOrders, seedOrders, userId } from './store';

const userCount = 25;

const schedulingAdvice =
  'Collect the keys of every load() in a list, and send the list to store.ordersByUserIds once, after the current ' +
  'tick: schedule that with setTimeout(dispatch, 0) on the first load of a batch.';

function readsSummary(reads: string[][]): string {
  // No read at all: the answers came from somewhere else, usually a cache outside the loader.
  if (reads.length === 0) return 'no store read at all (were the answers kept from an earlier loader, outside createOrdersLoader?)';
  const shown = reads.slice(0, 3).map((ids) => show(ids)).join(', ');
  return `${reads.length} read${reads.length === 1 ? '' : 's'} (${shown}${reads.length > 3 ? ', …' : ''})`;
}

async function nestedProblems(create: CreateOrdersLoader, awaitSteps: boolean): Promise<string[]> {
  const orders = seedOrders(userCount);
  const store = createStore(orders);
  const run = await runNestedQuery(newLoader(create, store), userCount, awaitSteps);
  const what = awaitSteps
    ? `The nested query { users { orders } } for ${userCount} users, where each User.orders resolver first awaits 0 to 3 promise steps (as a permission check would),`
    : `The nested query { users { orders } } for ${userCount} users`;
  if (run.error) return [`${what} failed in a resolver: ${run.error}`];
  if (store.reads.length !== 1) {
    const advice = awaitSteps
      ? 'Some loads arrive only after their resolver awaited something. queueMicrotask and Promise.resolve().then fire before those ' +
        'loads happen; setTimeout(dispatch, 0) runs after every pending promise callback, so all of them join one batch.'
      : schedulingAdvice;
    return [`${what} made ${readsSummary(store.reads)}; expected 1 read for all ${userCount} users. ${advice}`];
  }
  const wrong = (run.data?.users ?? []).find((user) => show(user.orders.map((o) => o.id)) !== show(expectedOrders(orders, user.id).map((o) => o.id)));
  if (wrong) {
    return [
      `${what} read the store once, but gave ${wrong.id} the orders ${show(wrong.orders.map((o) => o.id))}; expected ` +
        `${show(expectedOrders(orders, wrong.id).map((o) => o.id))}. Pick each user's rows by their userId.`,
    ];
  }
  return [];
}

/** A nested query for N users that does not read the store exactly once. */
export const nestedQueryProblems = (create: CreateOrdersLoader) => nestedProblems(create, false);

/** The same query with resolvers that await before loading. */
export const awaitedLoadProblems = (create: CreateOrdersLoader) => nestedProblems(create, true);

/** A batch that asks the store for a key twice, or callers of one key that get different answers. */
export async function dedupeProblems(create: CreateOrdersLoader): Promise<string[]> {
  const orders = seedOrders(8);
  const store = createStore(orders);
  const loader = newLoader(create, store);
  const keys = [userId(1), userId(2), userId(1), userId(3), userId(1)];
  const outcomes = await Promise.all(keys.map((key) => settle(startLoad(loader, key))));
  const asked = store.reads.flat();
  const repeated = asked.filter((id, i) => asked.indexOf(id) !== i);
  const call = `Loading ${show(keys)} in one tick`;
  if (store.reads.length !== 1) return [`${call} made ${readsSummary(store.reads)}; expected 1 read. ${schedulingAdvice}`];
  if (repeated.length > 0) {
    return [
      `${call} asked the store for ${show(store.reads[0])}, with ${show(repeated[0])} more than once. Keep the waiting ` +
        'keys in a Map from userId to the callers waiting for it, and send each key once.',
    ];
  }
  const problem = outcomes
    .map((outcome, i) => resultProblem(`${call}, call number ${i + 1}, load(${show(keys[i])}),`, outcome, expectedOrders(orders, keys[i]!)))
    .find((text) => text !== null);
  return problem ? [`${problem}. Every caller of a key gets that key's orders, however often it was asked for.`] : [];
}

/** Loads in two separate ticks that do not make two reads, each with its own keys. */
export async function separateTickProblems(create: CreateOrdersLoader): Promise<string[]> {
  const orders = seedOrders(8);
  const store = createStore(orders);
  const loader = newLoader(create, store);
  const first = await settle(startLoad(loader, userId(1)));
  const second = await settle(startLoad(loader, userId(2)));
  const call = `load("usr_1"), awaited, then load("usr_2")`;
  if (second.kind === 'pending' || first.kind === 'pending') {
    return [
      `${call}: the ${first.kind === 'pending' ? 'first' : 'second'} load ${describeOutcome(first.kind === 'pending' ? first : second)}. ` +
        'After a batch is sent, start a new one: the next load must schedule its own read.',
    ];
  }
  const reads = store.reads;
  if (reads.length !== 2 || show(reads[1]) !== show([userId(2)])) {
    return [
      `${call} made ${readsSummary(reads)}; expected 2 reads, ["usr_1"] then ["usr_2"]. A load made after the previous batch ` +
        'was sent belongs to a new batch; start it with an empty list of keys.',
    ];
  }
  const problem = resultProblem(`${call}: the second load`, second, expectedOrders(orders, userId(2)));
  return problem ? [`${problem}. Answer each batch from its own read.`] : [];
}
