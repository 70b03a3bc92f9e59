/**
 * Calling the learner's createOrdersLoader safely: the exported factory, a loader per
 * request, and loads awaited with a guard, so a load that never settles fails with a
 * message instead of running into the time limit.
 */

export type CreateOrdersLoader = (store: BatchOrderStore) => unknown;

/** How one load ended. */
export type LoadOutcome = { kind: 'resolved'; value: unknown } | { kind: 'rejected'; error: unknown } | { kind: 'pending' };

// Real time, used only as a guard: the store answers within a few milliseconds, so a
// load still pending after this long is waiting for a read that was never made.
const settleGuardMs = 300;

/** Shows a value the way a learner would write it, shortened for messages. */
export function show(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 150)}…` : text;
}

/** Order ids only: `["ord_1_1","ord_1_2"]`, the part of a result a message needs. */
export function showIds(value: unknown): string {
  return Array.isArray(value) ? show(value.map((order) => (order as { id?: unknown } | null)?.id)) : show(value);
}

/** The exported factory, or an Error that says how to export it. */
export function exportedFactory(exports: Record<string, unknown>): CreateOrdersLoader {
  const fn = exports.createOrdersLoader;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      'Export a function named createOrdersLoader (write "export function createOrdersLoader(store) { ... }"); ' +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as CreateOrdersLoader;
}

/** A new loader over `store`, checked to have a load method. */
export function newLoader(create: CreateOrdersLoader, store: BatchOrderStore): OrdersLoader {
  const loader = create(store) as Partial<OrdersLoader> | null;
  if (typeof loader !== 'object' || loader === null || typeof loader.load !== 'function') {
    throw new Error(`createOrdersLoader(store) returned ${show(loader)}; return an object with a method load(userId) that returns a Promise.`);
  }
  return loader as OrdersLoader;
}

/** Calls loader.load(id); throws a teaching Error when it does not return a promise. */
export function startLoad(loader: OrdersLoader, id: string): Promise<BatchOrder[]> {
  const result = loader.load(id) as unknown;
  if (!(result instanceof Promise) && typeof (result as { then?: unknown } | null)?.then !== 'function') {
    throw new Error(`load(${show(id)}) returned ${show(result)}, not a Promise. Return a promise and resolve it once the batch read answers.`);
  }
  return result as Promise<BatchOrder[]>;
}

/** Waits for `promise` to settle, but no longer than the guard. */
export async function settle(promise: Promise<unknown>): Promise<LoadOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<LoadOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'pending' }), settleGuardMs);
  });
  const outcome = promise.then(
    (value): LoadOutcome => ({ kind: 'resolved', value }),
    (error: unknown): LoadOutcome => ({ kind: 'rejected', error }),
  );
  try {
    return await Promise.race([outcome, guard]);
  } finally {
    clearTimeout(timer);
  }
}

/** A one-line account of an outcome, for messages. */
export function describeOutcome(outcome: LoadOutcome): string {
  if (outcome.kind === 'pending') return `was still pending after ${settleGuardMs} ms (no read ever answered it)`;
  if (outcome.kind === 'resolved') return `resolved to ${showIds(outcome.value)}`;
  const error = outcome.error;
  return `rejected with ${error instanceof Error ? `${error.name}: ${error.message}` : show(error)}`;
}

/** Compares an outcome with the orders expected; a sentence when they differ, null when equal. */
export function resultProblem(call: string, outcome: LoadOutcome, expected: BatchOrder[]): string | null {
  if (outcome.kind === 'resolved' && sameOrders(outcome.value, expected)) return null;
  return `${call} ${describeOutcome(outcome)}; expected ${showIds(expected)}`;
}

/** True when `value` lists the same orders as `expected`, in the same order, with the same fields (key order aside). */
function sameOrders(value: unknown, expected: BatchOrder[]): boolean {
  if (!Array.isArray(value) || value.length !== expected.length) return false;
  return expected.every((order, i) => {
    const got = value[i] as Partial<BatchOrder> | null;
    return got?.id === order.id && got.userId === order.userId && got.status === order.status && got.createdAt === order.createdAt;
  });
}
