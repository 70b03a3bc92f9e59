import { valueOf, type HandlerRun } from './calls';
import { LATENCY_MS } from './services';

/**
 * Parallel calls, measured on the virtual clock: a handler whose calls overlap finishes when
 * the slowest call does; one that awaits each before starting the next takes the sum.
 */
export function parallelProblems(run: HandlerRun): string[] {
  if (!run.settled.ok || run.calls.length < 2) return [];
  const slowest = Math.max(...run.calls.map((call) => LATENCY_MS[call.call]));
  if (run.settled.elapsed <= slowest) return [];
  const windows = run.calls.map((call) => `${call.call} ${call.start}–${call.end} ms`).join(', ');
  return [
    `${run.name} took ${run.settled.elapsed} ms, but its slowest call takes ${slowest} ms: the calls ran one after another (${windows}). Start them all first, then await Promise.all([...]) (or Promise.allSettled) so they overlap.`,
  ];
}

/** The handler must not ask a service for more than the screen shows. */
export function limitProblems(run: HandlerRun, wanted: Partial<Record<'orders.listOrders' | 'products.getRecommendations', number>>): string[] {
  const problems: string[] = [];
  for (const call of run.calls) {
    const limit = (call.args[1] as { limit?: unknown } | undefined)?.limit;
    const max = wanted[call.call as keyof typeof wanted];
    if (max !== undefined && (typeof limit !== 'number' || limit > max)) {
      problems.push(`${run.name} called ${call.call} with limit ${JSON.stringify(limit)}; it shows at most ${max}, so ask for { limit: ${max} } and let the service send less.`);
    }
  }
  return problems;
}

/** The mobile payload budget, in bytes of UTF-8 JSON. */
export const MOBILE_BUDGET_BYTES = 2_048;

export function sizeProblems(run: HandlerRun): string[] {
  const value = valueOf(run);
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
  if (bytes <= MOBILE_BUDGET_BYTES) return [];
  return [`The mobile dashboard for ${run.userId} is ${bytes} bytes of JSON; the budget is ${MOBILE_BUDGET_BYTES}. Copy only the fields the MobileDashboard type lists instead of whole orders and products (descriptions, images and addresses are for the web).`];
}
