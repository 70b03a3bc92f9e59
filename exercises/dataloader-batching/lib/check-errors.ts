/**
 * Checks on failures: a store that cannot read some users rejects only their loads;
 * a read that fails as a whole rejects every load of its batch (none hangs), and the
 * next batch reads again.
 */
import { describeOutcome, newLoader, resultProblem, settle, show, startLoad, type CreateOrdersLoader } from './loader-calls';
import { createStore, expectedOrders, seedOrders, userId } from './store';

const shardDown = 'shard 2 did not answer';

/** Loads of failed users that resolve, or loads of healthy users that fail with them. */
export async function keyFailureProblems(create: CreateOrdersLoader): Promise<string[]> {
  const orders = seedOrders(8);
  const store = createStore(orders);
  store.failUsers([userId(2), userId(6)], shardDown);
  const loader = newLoader(create, store);
  const keys = [userId(1), userId(2), userId(3), userId(6)];
  const outcomes = await Promise.all(keys.map((key) => settle(startLoad(loader, key))));
  const intro = `Loading ${show(keys)} while the store reports failures for usr_2 and usr_6 ("${shardDown}"):`;
  for (const [i, key] of keys.entries()) {
    const outcome = outcomes[i]!;
    if (key === userId(2) || key === userId(6)) {
      if (outcome.kind === 'rejected' && outcome.error instanceof Error && outcome.error.message.includes(shardDown)) continue;
      return [
        `${intro} load(${show(key)}) ${describeOutcome(outcome)}. Reject the load of a user listed in failures with ` +
          `an Error that carries the store's message, e.g. new Error(\`Could not read the orders of \${userId}: \${message}\`): ` +
          'resolving [] would tell the client the user has no orders, which is not true.',
      ];
    }
    const problem = resultProblem(`load(${show(key)})`, outcome, expectedOrders(orders, key));
    if (problem) return [`${intro} ${problem}. One user's failure must not fail the others of the batch.`];
  }
  return [];
}

/** A failed read that leaves loads hanging or resolved, or a loader that cannot read again after it. */
export async function failedReadProblems(create: CreateOrdersLoader): Promise<string[]> {
  const orders = seedOrders(8);
  const store = createStore(orders);
  store.failNextRead(new Error('connection to the database was reset'));
  const loader = newLoader(create, store);
  const keys = [userId(1), userId(3)];
  const outcomes = await Promise.all(keys.map((key) => settle(startLoad(loader, key))));
  const bad = outcomes.findIndex((outcome) => outcome.kind !== 'rejected' || !(outcome.error instanceof Error));
  if (bad !== -1) {
    return [
      `When store.ordersByUserIds rejects ("connection to the database was reset"), load(${show(keys[bad])}) ` +
        `${describeOutcome(outcomes[bad]!)}. Catch the read's error and reject every load of that batch with it, so no caller waits forever.`,
    ];
  }
  const retry = await settle(startLoad(loader, userId(3)));
  const problem = resultProblem('After the failed read, load("usr_3") in a later tick', retry, expectedOrders(orders, userId(3)));
  return problem ? [`${problem}. Do not keep a failed answer: the next batch reads the store again.`] : [];
}
