import { bffLab } from '@messages/bff-lab';
import { sandboxReady } from '../app/sandbox-ready';
import { gzipBytes, rawBytes } from './payload-size';
import { parseServerTiming, splitTotal, type TimingMetric } from './server-timing';

/**
 * The BFF lab's calls to the in-browser sandbox: the three dashboards, and the upstream
 * settings under /api/v1/sandbox/bff/upstreams.
 */

export const CLIENTS = [
  { id: 'mobile', label: bffLab.clients.mobile, path: '/api/mobile/v1/dashboard' },
  { id: 'web', label: bffLab.clients.web, path: '/api/web/v1/dashboard' },
  { id: 'partner', label: bffLab.clients.partner, path: '/api/partners/v1/order-summary' },
] as const;
export type ClientId = (typeof CLIENTS)[number]['id'];

export interface DashboardResult {
  status: number;
  text: string;
  /** null when the body is not JSON. */
  json: unknown;
  raw: number;
  gzip: number;
  calls: TimingMetric[];
  /** The BFF's own total from Server-Timing (the parallel time). */
  total: number | null;
  /** Round trip seen by the page, in ms. */
  roundTrip: number;
}

/** Sends one dashboard request and measures it. */
export async function fetchDashboard(path: string): Promise<DashboardResult> {
  await sandboxReady();
  const started = performance.now();
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const text = await response.text();
  const roundTrip = performance.now() - started;
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null; // shown as text: the lab reports what came back, whatever it is
  }
  const { calls, total } = splitTotal(parseServerTiming(response.headers.get('Server-Timing')));
  return { status: response.status, text, json, raw: rawBytes(text), gzip: await gzipBytes(text), calls, total, roundTrip };
}

export interface UpstreamSettings {
  latency_ms: { user: number; order: number; product: number };
  failing: ('user' | 'order' | 'product')[];
  timeout_ms: number;
}

const SETTINGS_PATH = '/api/v1/sandbox/bff/upstreams';

/** The upstream services' latency, failures and the BFFs' timeout. */
export async function getSettings(): Promise<UpstreamSettings> {
  await sandboxReady();
  const response = await fetch(SETTINGS_PATH);
  if (!response.ok) throw new Error(bffLab.settingsFailed('GET', SETTINGS_PATH, response.status));
  return (await response.json()) as UpstreamSettings;
}

/** Replaces the settings; throws with the sandbox's own message when it refuses them. */
export async function putSettings(settings: UpstreamSettings): Promise<UpstreamSettings> {
  await sandboxReady();
  const response = await fetch(SETTINGS_PATH, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(settings) });
  const body = (await response.json()) as UpstreamSettings & { error?: { message: string } };
  if (!response.ok) throw new Error(body.error?.message ?? bffLab.settingsFailed('PUT', SETTINGS_PATH, response.status));
  return body;
}
