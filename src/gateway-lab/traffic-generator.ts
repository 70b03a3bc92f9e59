import { sandboxReady } from '../app/sandbox-ready';

/**
 * The lab's load: N requests through the gateway, a few in flight at a time as real
 * clients would send them, tallied by the upstream that answered (X-Upstream) and status.
 */

export interface TrafficTally {
  sent: number;
  byUpstream: Record<string, number>;
  byStatus: Record<string, number>;
  /** Wall-clock time of the whole run, ms. */
  elapsedMs: number;
}

/** How many requests are in flight at once. */
const CONCURRENCY = 8;

/** Sends `count` GET requests to `path` (a /gateway/... path) and reports what came back. */
export async function sendTraffic(path: string, count: number, onProgress?: (tally: TrafficTally) => void): Promise<TrafficTally> {
  await sandboxReady();
  const tally: TrafficTally = { sent: 0, byUpstream: {}, byStatus: {}, elapsedMs: 0 };
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const response = await fetch(path, { headers: { 'X-Client-Id': 'gateway-lab' } });
      await response.arrayBuffer(); // read to the end, as a client would, before counting it done
      const upstream = response.headers.get('X-Upstream') ?? '(gateway)';
      tally.sent++;
      tally.byUpstream[upstream] = (tally.byUpstream[upstream] ?? 0) + 1;
      tally.byStatus[response.status] = (tally.byStatus[response.status] ?? 0) + 1;
      tally.elapsedMs = Math.round(performance.now() - started);
      onProgress?.({ ...tally, byUpstream: { ...tally.byUpstream }, byStatus: { ...tally.byStatus } });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, count) }, worker));
  return tally;
}
