import { valueOf, type HandlerRun } from './calls';

/**
 * The partner format is a published contract: exactly the v1 fields, snake_case, instants
 * in UTC. A field the contract does not list is a promise nobody meant to make (partners
 * start to depend on it), and internal fields must never leak.
 */

const TOP_KEYS = ['api_version', 'customer_id', 'orders'];
const ORDER_KEYS = ['order_id', 'status', 'placed_at', 'item_count', 'total_amount_minor', 'currency'];
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function formatProblems(runs: readonly HandlerRun[]): string[] {
  const problems: string[] = [];
  for (const run of runs) {
    const value = valueOf(run) as Record<string, unknown> | null;
    if (value === null || typeof value !== 'object') {
      problems.push(`partnerOrders for ${run.userId} returned ${JSON.stringify(value)}; return an object with ${TOP_KEYS.join(', ')}.`);
      continue;
    }
    problems.push(...keyProblems(value, TOP_KEYS, `partnerOrders for ${run.userId}`));
    if (!Array.isArray(value.orders)) {
      problems.push(`partnerOrders for ${run.userId}: orders is ${JSON.stringify(value.orders)}; a customer without orders gets orders: [], never null or a missing field, so partners parse one shape.`);
      continue;
    }
    for (const order of value.orders as Record<string, unknown>[]) {
      problems.push(...keyProblems(order ?? {}, ORDER_KEYS, `partnerOrders for ${run.userId}, order ${JSON.stringify(order?.order_id)}`));
      if (typeof order?.placed_at !== 'string' || !UTC_INSTANT.test(order.placed_at)) {
        problems.push(`placed_at ${JSON.stringify(order?.placed_at)} is not an ISO 8601 instant in UTC; send it like 2026-02-20T21:30:00.000Z (Date.prototype.toISOString()).`);
      }
      if (!Number.isInteger(order?.total_amount_minor)) problems.push(`total_amount_minor ${JSON.stringify(order?.total_amount_minor)} must be a whole number of cents, not a decimal or a string.`);
    }
  }
  return problems;
}

function keyProblems(object: Record<string, unknown>, expected: readonly string[], where: string): string[] {
  const keys = Object.keys(object);
  const extra = keys.filter((key) => !expected.includes(key));
  const missing = expected.filter((key) => !(key in object));
  const problems: string[] = [];
  if (extra.length > 0) {
    const camel = extra.find((key) => /[A-Z]/.test(key));
    problems.push(
      camel
        ? `${where} has the field ${camel}: the partner format is snake_case (${expected.join(', ')}).`
        : `${where} has fields v1 does not define (${extra.join(', ')}); build each object field by field instead of spreading upstream data, or internal fields leak into a published contract.`,
    );
  }
  if (missing.length > 0) problems.push(`${where} lacks ${missing.join(', ')}; v1 has exactly ${expected.join(', ')}.`);
  return problems;
}
