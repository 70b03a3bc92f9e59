import { valueOf, type HandlerRun } from './calls';
import { firstDifference, show } from './expected';
import { PROFILES } from './shop-data';

/** Problems where a run's answer differs from the contract's expected answer for that customer. */
export function dataProblems(runs: readonly HandlerRun[], expected: (userId: string) => unknown): string[] {
  const problems: string[] = [];
  for (const run of runs) {
    let value: unknown;
    try {
      value = valueOf(run);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    const difference = firstDifference(value, expected(run.userId));
    if (difference) {
      problems.push(`${run.name} for ${run.userId}: ${difference.path || 'the answer'} is ${show(difference.actual)}, expected ${show(difference.expected)}.${hintFor(difference.path)}`);
    }
  }
  return problems;
}

function hintFor(path: string): string {
  if (path.endsWith('.length') && path.startsWith('recent_orders')) return ' The mobile app shows the five newest orders: ask the order service for limit 5.';
  if (path.endsWith('.length') && path.startsWith('recommendations')) return ' The mobile app shows ten recommendations.';
  if (path.endsWith('.length') && path.startsWith('orders')) return ' Show the twenty newest orders: ask the order service for limit 20.';
  if (path.startsWith('analytics')) return ' Totals are over ALL orders: use the order list’s total_count and total_spent_cents, not the page you fetched.';
  if (path.endsWith('.item_count')) return ' item_count is the number of units: the sum of the items’ quantities.';
  if (path.endsWith('.date')) return ' date is the day in the customer’s time zone (profile.time_zone), not the UTC day.';
  if (path === 'degraded') return ' With every service answering, degraded is an empty array.';
  return '';
}

/**
 * The mobile date rule on its own, so the message can name the mistake: the day must be the
 * customer's, and slicing the UTC timestamp gives the wrong day for Tokyo and Los Angeles.
 */
export function dateProblems(runs: readonly HandlerRun[], dayIn: (iso: string, zone: string) => string, createdAt: (userId: string, orderId: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const run of runs) {
    if (!run.settled.ok) continue; // reported by the data check
    const orders = (run.settled.value as { recent_orders?: unknown })?.recent_orders;
    if (!Array.isArray(orders)) continue;
    const zone = PROFILES[run.userId]!.time_zone;
    for (const order of orders as { id?: string; date?: unknown }[]) {
      const instant = order?.id ? createdAt(run.userId, order.id) : undefined;
      if (!instant) continue;
      const day = dayIn(instant, zone);
      if (order.date !== day) {
        const sliced = order.date === instant.slice(0, 10) ? ' That is the UTC day (created_at sliced to 10 characters);' : '';
        problems.push(`Order ${order.id} was placed at ${instant}, which is ${day} in ${zone}, but its date is ${show(order.date)}.${sliced} format the instant in the customer’s time_zone, e.g. new Intl.DateTimeFormat('en-CA', { timeZone }).format(date).`);
        break;
      }
    }
  }
  return problems;
}
