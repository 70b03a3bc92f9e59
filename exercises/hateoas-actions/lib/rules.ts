/**
 * The grader's own reading of the exercise's rules: the action table, segment-wise
 * permission matching with `:own`, and the expected actions for any order and caller.
 * It also says, in words, why one action is or is not expected, for the messages.
 */

export const STATUSES: readonly HateoasOrderStatus[] = ['pending', 'paid', 'shipped', 'delivered', 'cancelled'];

interface ActionRule {
  name: string;
  allowedIn: readonly HateoasOrderStatus[];
  permission: string;
  /** The last path segment: /api/v1/orders/{id}/<segment>. */
  segment: string;
}

export const ACTION_RULES: readonly ActionRule[] = [
  { name: 'pay', allowedIn: ['pending'], permission: 'orders:pay', segment: 'pay' },
  { name: 'cancel', allowedIn: ['pending', 'paid'], permission: 'orders:cancel', segment: 'cancel' },
  { name: 'ship', allowedIn: ['paid'], permission: 'orders:ship', segment: 'ship' },
  { name: 'deliver', allowedIn: ['shipped'], permission: 'orders:deliver', segment: 'deliver' },
  { name: 'add_item', allowedIn: ['pending'], permission: 'orders:update', segment: 'items' },
];

/** The lifecycle moves only (add_item is about items, checked on its own). */
export const LIFECYCLE_ACTIONS = ['pay', 'cancel', 'ship', 'deliver'] as const;

export const ruleFor = (name: string): ActionRule | undefined => ACTION_RULES.find((rule) => rule.name === name);

/** Whether `pattern` matches `permission` segment by segment (`*` one segment; last `*` one or more). */
export function matches(pattern: string, permission: string): boolean {
  const want = pattern.split(':');
  const have = permission.split(':');
  for (let i = 0; i < want.length; i++) {
    const segment = want[i]!;
    if (segment === '*' && i === want.length - 1) return have.length > i;
    if (i >= have.length || (segment !== '*' && segment !== have[i])) return false;
  }
  return want.length === have.length;
}

const owns = (order: HateoasOrder, caller: HateoasCaller) => caller.userId !== null && caller.userId === order.ownerId;

/** Whether one pattern grants `permission` on `order` for `caller` (with the `:own` rule). */
export function grants(pattern: string, permission: string, order: HateoasOrder, caller: HateoasCaller): boolean {
  if (matches(pattern, permission)) return true;
  return pattern.endsWith(':own') && owns(order, caller) && matches(pattern.slice(0, -':own'.length), permission);
}

/** The href of one action, id encoded. */
export function hrefOf(order: HateoasOrder, rule: ActionRule): string {
  return `/api/v1/orders/${encodeURIComponent(order.id)}/${rule.segment}`;
}

/** The names of the actions the rules offer, in table order. */
export function expectedNames(order: HateoasOrder, caller: HateoasCaller): string[] {
  return ACTION_RULES.filter(
    (rule) => rule.allowedIn.includes(order.status) && caller.permissions.some((pattern) => grants(pattern, rule.permission, order, caller)),
  ).map((rule) => rule.name);
}

const list = (values: readonly string[]) => (values.length ? values.join(' or ') : 'nothing');

/** Why the rules offer `name` (or not) here: one sentence a learner can act on. */
export function whyExpected(name: string, order: HateoasOrder, caller: HateoasCaller, expected: boolean): string {
  const rule = ruleFor(name);
  if (!rule) return `"${name}" is not one of the actions (pay, cancel, ship, deliver, add_item); use those names.`;
  if (!rule.allowedIn.includes(order.status)) {
    return rule.name === 'add_item'
      ? `Items can change only while an order is pending; a ${order.status} order must stay what was paid for.`
      : `A ${order.status} order cannot ${rule.name}: ${rule.name} is accepted only while the order is ${list(rule.allowedIn)}${
          order.status === 'shipped' && name === 'cancel' ? ' (a parcel on its way can only be delivered)' : ''
        }.`;
  }
  const granting = caller.permissions.filter((pattern) => grants(pattern, rule.permission, order, caller));
  if (expected) {
    const via = granting[0]!;
    const own = via.endsWith(':own') && !matches(via, rule.permission) ? ` on the caller's own order (userId ${caller.userId} owns it)` : '';
    return `The order accepts ${name} now, and the pattern "${via}" grants ${rule.permission}${own}.`;
  }
  const ownPatterns = caller.permissions.filter((pattern) => pattern.endsWith(':own') && matches(pattern.slice(0, -':own'.length), rule.permission));
  if (ownPatterns.length > 0) {
    const who = caller.userId === null ? 'an anonymous caller owns nothing' : `the caller ${caller.userId} is not the owner ${order.ownerId}`;
    return `"${ownPatterns[0]}" grants ${rule.permission} only on the caller's own orders, and ${who}.`;
  }
  const prefixLike = caller.permissions.find((pattern) => /[^:]\*|\*[^:]/.test(pattern));
  if (prefixLike) {
    return `No pattern grants ${rule.permission}. "${prefixLike}" is not a wildcard: * stands for whole segments between colons, so compare segment by segment, not as a string prefix.`;
  }
  return `None of the caller's patterns (${caller.permissions.map((p) => `"${p}"`).join(', ') || 'none at all'}) grants ${rule.permission}, so the button would only lead to a 403.`;
}
