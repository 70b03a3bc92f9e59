/**
 * Calling the learner's actionsFor and describing each call the way a message needs.
 * A call that throws or returns something other than a list of actions becomes an Error
 * whose message says what came back and what was expected.
 */

export type ActionsFor = (order: HateoasOrder, caller: HateoasCaller) => unknown;

/** A call of actionsFor with the inputs it was given and the actions it returned. */
export interface ActionsCall {
  order: HateoasOrder;
  caller: HateoasCaller;
  actions: HateoasAction[];
}

const show = (value: unknown) => JSON.stringify(value);

/** `actionsFor({ id: "ord_7", status: "paid", ownerId: "usr_2" }, { userId: "usr_9", permissions: ["orders:*"] })`. */
export function describeCall(order: HateoasOrder, caller: HateoasCaller): string {
  return (
    `actionsFor({ id: ${show(order.id)}, status: ${show(order.status)}, ownerId: ${show(order.ownerId)} }, ` +
    `{ userId: ${show(caller.userId)}, permissions: ${show(caller.permissions)} })`
  );
}

/** The exported function, or an Error that says how to export it. */
export function exportedFunction(exports: Record<string, unknown>): ActionsFor {
  const fn = exports.actionsFor;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      'Export a function named actionsFor (write "export function actionsFor(order, caller) { ... }"); ' +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as ActionsFor;
}

function isAction(value: unknown): value is HateoasAction {
  const action = value as Partial<HateoasAction> | null;
  return typeof action === 'object' && action !== null && typeof action.name === 'string' && typeof action.method === 'string' && typeof action.href === 'string';
}

/** Calls actionsFor with copies of the inputs (so it cannot change them for later calls) and checks the shape of the answer. */
export function callActions(fn: ActionsFor, order: HateoasOrder, caller: HateoasCaller): ActionsCall {
  const label = describeCall(order, caller);
  let result: unknown;
  try {
    result = fn({ ...order }, { ...caller, permissions: [...caller.permissions] });
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new Error(`${label} threw ${reason}. Return the list of actions (an empty array when there are none) instead of throwing.`);
  }
  if (!Array.isArray(result)) {
    throw new Error(`${label} returned ${show(result) ?? 'undefined'}; return an array of actions, [] when the order offers nothing.`);
  }
  const bad = result.find((entry) => !isAction(entry));
  if (bad !== undefined) {
    throw new Error(`${label} returned the entry ${show(bad)}; each action is an object with string fields name, method and href, e.g. { name: "pay", method: "POST", href: "/api/v1/orders/ord_7/pay" }.`);
  }
  return { order, caller, actions: result as HateoasAction[] };
}

/** The action names of a call, sorted, for comparing with the expected ones. */
export const namesOf = (call: ActionsCall): string[] => call.actions.map((action) => action.name).sort();

/** `[pay, cancel]` for messages. */
export const showNames = (names: readonly string[]): string => `[${names.join(', ')}]`;
