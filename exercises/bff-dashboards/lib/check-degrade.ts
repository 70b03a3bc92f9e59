import type { HandlerRun } from './calls';

/**
 * Partial failure on mobile: a failing order or recommendation service leaves its section
 * null and named in `degraded`; the rest of the screen still arrives.
 */
export function degradeProblems(run: HandlerRun, section: 'recent_orders' | 'recommendations', other: 'recent_orders' | 'recommendations'): string[] {
  const failed = section === 'recommendations' ? 'products.getRecommendations' : 'orders.listOrders';
  if (!run.settled.ok) {
    const reason = run.settled.error instanceof Error ? run.settled.error.message : String(run.settled.error);
    return [`When ${failed} fails, mobileDashboard fails too (${reason}). A failure there must not take the whole screen down: use Promise.allSettled, or catch that call, and leave ${section} null.`];
  }
  const value = run.settled.value as Partial<MobileDashboard> | null;
  if (value?.[section] !== null) return [`When ${failed} fails, ${section} should be null (so the app can show "not available"), but it is ${JSON.stringify(value?.[section])?.slice(0, 40)}.`];
  if (!Array.isArray(value.degraded) || !value.degraded.includes(section)) return [`When ${failed} fails, degraded should list '${section}' so the app knows the screen is incomplete; it is ${JSON.stringify(value.degraded)}.`];
  if (!Array.isArray(value[other])) return [`When only ${failed} fails, ${other} should still be there, but it is ${JSON.stringify(value[other])}.`];
  if (!value.user || typeof value.user.first_name !== 'string') return [`When ${failed} fails, the user section should still be there.`];
  return [];
}
