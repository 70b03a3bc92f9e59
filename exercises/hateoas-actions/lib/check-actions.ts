/**
 * The checks, each returning its problems as teaching sentences. All of them compare the
 * learner's answers with the rules in ./rules for chosen orders and callers; they differ
 * in which combinations they try, so each failure points at one rule.
 */
import { callActions, describeCall, namesOf, showNames, type ActionsFor } from './calls';
import { CALLERS, PERMISSION_SETS, everyCombination, orderIn, type PermissionSetName } from './cases';
import { ACTION_RULES, LIFECYCLE_ACTIONS, STATUSES, expectedNames, hrefOf, whyExpected } from './rules';

interface Case {
  order: HateoasOrder;
  caller: HateoasCaller;
}

/** Problems where the offered names differ from the expected ones, optionally only for some actions. */
export function nameProblems(fn: ActionsFor, cases: readonly Case[], only?: readonly string[]): string[] {
  const keep = (names: string[]) => (only ? names.filter((name) => only.includes(name)) : names);
  return cases.flatMap(({ order, caller }) => {
    const got = keep(namesOf(callActions(fn, order, caller)));
    const want = keep(expectedNames(order, caller)).sort();
    const extra = got.find((name) => !want.includes(name));
    const missing = want.find((name) => !got.includes(name));
    if (extra === undefined && missing === undefined) return [];
    const first = extra ?? missing!;
    const mistake = extra !== undefined ? `it must not offer ${extra}` : `it must offer ${missing}`;
    return [
      `${describeCall(order, caller)} offered ${showNames(got)}; expected ${showNames(want)}, so ${mistake}. ${whyExpected(first, order, caller, extra === undefined)}`,
    ];
  });
}

const set = (name: PermissionSetName) => PERMISSION_SETS[name];

/** Each status offers exactly the lifecycle moves it accepts, to a caller who may do anything. */
export function lifecycleProblems(fn: ActionsFor): string[] {
  return nameProblems(fn, STATUSES.map((status) => ({ order: orderIn(status), caller: CALLERS.owner(set('everything')) })), LIFECYCLE_ACTIONS);
}

/** add_item is offered while pending only. */
export function itemProblems(fn: ActionsFor): string[] {
  return nameProblems(fn, STATUSES.map((status) => ({ order: orderIn(status), caller: CALLERS.other(set('support')) })), ['add_item']);
}

/** Every offered action has the table's method and href, the id URL-encoded. */
export function linkProblems(fn: ActionsFor, orderId: string): string[] {
  return STATUSES.flatMap((status) => {
    const order = orderIn(status, orderId);
    const call = callActions(fn, order, CALLERS.owner(set('everything')));
    return call.actions.flatMap((action) => {
      const rule = ACTION_RULES.find((candidate) => candidate.name === action.name);
      if (!rule) return [];
      const href = hrefOf(order, rule);
      if (action.method.toUpperCase() !== 'POST') {
        return [`${describeCall(order, call.caller)} gave ${action.name} the method ${action.method}; every action here is a POST (it changes the order and is not idempotent).`];
      }
      if (action.href === href) return [];
      const encoded = encodeURIComponent(order.id) !== order.id;
      const tip = encoded
        ? `Encode the id with encodeURIComponent: "${order.id}" written raw into a path makes a link to a different resource (a "/" adds a segment, "?" and "#" end the path).`
        : 'Build it as /api/v1/orders/{id}/<action>, with "items" as the last segment for add_item.';
      return [`${describeCall(order, call.caller)} gave ${action.name} the href ${JSON.stringify(action.href)}; expected ${JSON.stringify(href)}. ${tip}`];
    });
  });
}

/** Callers whose patterns grant no orders action get nothing, whatever the status. */
export function noPermissionProblems(fn: ActionsFor): string[] {
  const names: PermissionSetName[] = ['none', 'readOnly', 'otherResources'];
  return nameProblems(fn, STATUSES.flatMap((status) => names.map((name) => ({ order: orderIn(status), caller: CALLERS.other(set(name)) }))));
}

/** Plain permissions grant exactly their own action. */
export function exactPermissionProblems(fn: ActionsFor): string[] {
  const names: PermissionSetName[] = ['warehouse', 'support', 'mixed'];
  return nameProblems(fn, STATUSES.flatMap((status) => names.map((name) => ({ order: orderIn(status), caller: CALLERS.other(set(name)) }))));
}

/** Wildcards match whole segments, in any position; lookalike patterns grant nothing. */
export function wildcardProblems(fn: ActionsFor): string[] {
  const names: PermissionSetName[] = ['lookalikes', 'cancelAnything', 'allOrders', 'everything'];
  return nameProblems(fn, STATUSES.flatMap((status) => names.map((name) => ({ order: orderIn(status), caller: CALLERS.other(set(name)) }))));
}

/** `:own` patterns grant on the caller's own orders only, never to another user or an anonymous caller. */
export function ownershipProblems(fn: ActionsFor): string[] {
  const names: PermissionSetName[] = ['member', 'ownEverything', 'mixed'];
  return nameProblems(
    fn,
    STATUSES.flatMap((status) =>
      names.flatMap((name) => Object.values(CALLERS).map((caller) => ({ order: orderIn(status), caller: caller(set(name)) }))),
    ),
  );
}

/** The whole grid: every status × permission set × caller. */
export function gridProblems(fn: ActionsFor): string[] {
  const cases = everyCombination();
  const problems = nameProblems(fn, cases);
  if (problems.length === 0) return [];
  return [`${cases.length - problems.length} of ${cases.length} combinations agree with the rules. ${problems[0]}`, ...problems.slice(1)];
}

/** No action listed twice in one answer. */
export function duplicateProblems(fn: ActionsFor): string[] {
  return everyCombination().flatMap(({ order, caller }) => {
    const names = callActions(fn, order, caller).actions.map((action) => action.name);
    const twice = names.find((name, i) => names.indexOf(name) !== i);
    return twice === undefined
      ? []
      : [`${describeCall(order, caller)} listed ${twice} twice (${JSON.stringify(names)}). Offer each action once, however many patterns grant it: stop at the first pattern that does.`];
  });
}
