import { sandboxReady } from '../app/sandbox-ready';

/**
 * The dashboard's traffic: ordinary reads of the shop API at a steady pace, plus checkouts
 * (place an order, pay it) while the payment provider is broken, so its faults reach users.
 * The pace stays under the anonymous rate limit (a burst of 100, then 10 a second):
 * healthy traffic must look healthy, and a flood of 429s would raise alerts of its own.
 */

export interface PlannedRequest {
  method: 'GET';
  path: string;
}

export type ProviderMode = 'healthy' | 'failing' | 'slow';

/** The closest of the three modes to the provider's settings: any failures count as failing. */
export function modeOf(failureRate: number, latencyMs: number): ProviderMode {
  if (failureRate > 0) return 'failing';
  return latencyMs > 0 ? 'slow' : 'healthy';
}

/** The healthy mix: a list read, item reads, a user read. Every one answers 200. */
const READS: readonly PlannedRequest[] = [
  { method: 'GET', path: '/api/v1/products?limit=5' },
  { method: 'GET', path: '/api/v1/products/prd_1' },
  { method: 'GET', path: '/api/v1/users/usr_1' },
  { method: 'GET', path: '/api/v1/products/prd_2' },
];

/** A checkout: place an order for one product, then pay it. */
export const CHECKOUT = 'checkout';

/** The new order of a checkout. */
export const ORDER_BODY = JSON.stringify({ user_id: 'usr_1', items: [{ product_id: 'prd_1', quantity: 1 }] });

/**
 * The `index`-th step of a run: reads in turn, and every fourth a checkout while the provider
 * is not healthy. Each checkout pays an order of its own, so a slow provider makes slow
 * payments rather than 409s for an order that is already paid.
 */
export function plannedStep(index: number, mode: ProviderMode): PlannedRequest | typeof CHECKOUT {
  if (mode !== 'healthy' && index % 4 === 3) return CHECKOUT;
  return READS[index % READS.length]!;
}

/** Sends one step with `send` (fetch, or a sandbox in tests) and returns the statuses it got. */
export async function runStep(step: PlannedRequest | typeof CHECKOUT, send: (request: Request) => Promise<Response>, origin: string): Promise<number[]> {
  const json = { 'Content-Type': 'application/json' };
  if (step !== CHECKOUT) {
    const response = await send(new Request(`${origin}${step.path}`, { method: step.method }));
    await response.arrayBuffer(); // read to the end, as a client would, before counting it done
    return [response.status];
  }
  const placed = await send(new Request(`${origin}/api/v1/orders`, { method: 'POST', headers: json, body: ORDER_BODY }));
  const order = (await placed.json().catch(() => null)) as { data?: { id?: string } } | null;
  if (!order?.data?.id) return [placed.status];
  const paid = await send(new Request(`${origin}/api/v1/payments`, { method: 'POST', headers: json, body: JSON.stringify({ order_id: order.data.id }) }));
  await paid.arrayBuffer();
  return [placed.status, paid.status];
}

export interface TrafficProgress {
  sent: number;
  byStatus: Record<string, number>;
}

/** Requests a second the dashboard sends: under the anonymous refill of 10 a second. */
export const TRAFFIC_PER_SECOND = 8;

/**
 * Sends `count` steps at TRAFFIC_PER_SECOND, reporting after each answer; stops early when
 * `signal` aborts. Slow answers do not hold the pace back: steps overlap, as independent
 * clients' requests do.
 */
export async function sendTraffic(count: number, mode: ProviderMode, onProgress: (progress: TrafficProgress) => void, signal?: AbortSignal): Promise<TrafficProgress> {
  await sandboxReady();
  const progress: TrafficProgress = { sent: 0, byStatus: {} };
  const pending: Promise<void>[] = [];
  for (let index = 0; index < count && !signal?.aborted; index++) {
    pending.push(
      runStep(plannedStep(index, mode), (request) => fetch(request), location.origin)
        .then((statuses) => {
          for (const status of statuses) {
            progress.sent++;
            progress.byStatus[status] = (progress.byStatus[status] ?? 0) + 1;
          }
          onProgress({ sent: progress.sent, byStatus: { ...progress.byStatus } });
        })
        .catch(() => undefined), // the page was left mid-request; nothing left to report to
    );
    await new Promise((resolve) => setTimeout(resolve, 1000 / TRAFFIC_PER_SECOND));
  }
  await Promise.all(pending);
  return progress;
}
