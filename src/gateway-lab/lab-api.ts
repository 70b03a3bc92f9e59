import { gatewayLab } from '@messages/gateway-lab';
import { sandboxReady } from '../app/sandbox-ready';

/**
 * The gateway lab's calls to the in-browser sandbox: its public control routes for the
 * gateway document and stats, and plain requests through /gateway/* for the traffic.
 */

export interface GatewayRouteView {
  name: string;
  service: string;
  paths: string[];
  methods: string[];
  destinations: { service: string; weight: number }[] | null;
}

export interface GatewayConfigView {
  document: string;
  loaded_at: string;
  routes: GatewayRouteView[];
}

export interface UpstreamStats {
  service: string;
  variant: 'stable' | 'canary';
  requests: number;
  share: number;
}

export interface RouteStats {
  route: string;
  requests: number;
  routed: number;
  upstreams: UpstreamStats[];
  retries: number;
  timeouts: number;
  delays_injected: number;
  aborts_injected: number;
  rate_limited: number;
  unauthorized: number;
  statuses: Record<string, number>;
}

export interface GatewayStatsView {
  unmatched: number;
  routes: RouteStats[];
}

/** One problem of a refused document, as the 422's details list it. */
export interface DocumentProblem {
  field: string;
  code: string;
  message: string;
  /** Read from the message's "line L, column C: " prefix, when it has one. */
  line: number | null;
  column: number | null;
}

export type ApplyResult = { ok: true; config: GatewayConfigView } | { ok: false; message: string; problems: DocumentProblem[] };

const CONFIG = '/api/v1/sandbox/gateway/config';
const STATS = '/api/v1/sandbox/gateway/stats';

async function readJson<T>(path: string): Promise<T> {
  await sandboxReady();
  const response = await fetch(path);
  if (!response.ok) throw new Error(gatewayLab.getFailed(path, response.status));
  return (await response.json()) as T;
}

/** The document in force and the routes it defines. */
export const getConfig = () => readJson<GatewayConfigView>(CONFIG);
/** What the gateway has seen since the document was loaded. */
export const getStats = () => readJson<GatewayStatsView>(STATS);

/** Sends the document; a refusal comes back as its problems, with line and column where known. */
export async function applyDocument(text: string): Promise<ApplyResult> {
  await sandboxReady();
  const response = await fetch(CONFIG, { method: 'PUT', headers: { 'Content-Type': 'application/yaml' }, body: text });
  const body = (await response.json()) as GatewayConfigView | { error: { message: string; details?: { field: string; code: string; message: string }[] } };
  if (response.ok) return { ok: true, config: body as GatewayConfigView };
  const { error } = body as { error: { message: string; details?: { field: string; code: string; message: string }[] } };
  return { ok: false, message: error.message, problems: (error.details ?? []).map(toProblem) };
}

function toProblem(detail: { field: string; code: string; message: string }): DocumentProblem {
  const at = /^line (\d+), column (\d+): /.exec(detail.message);
  return { ...detail, message: at ? detail.message.slice(at[0].length) : detail.message, line: at ? Number(at[1]) : null, column: at ? Number(at[2]) : null };
}
