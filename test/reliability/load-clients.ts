/**
 * Load clients for the HTTP door: many concurrent loops over a mix of reads and writes, each
 * request timed and judged. The only refusal a client may meet is a 429 from the rate
 * limiter, and a 429 must say when to come back (Retry-After) and where the client stands
 * (RateLimit, RateLimit-Policy). Anything else that is not 2xx is a failure.
 */

export interface LoadRequest {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  sent: number;
  /** Milliseconds per request, in the order they finished. */
  latencies: number[];
  statuses: Map<number, number>;
  tooMany: number;
  /** Requests that failed: a status other than 2xx/429, a 429 missing its headers, or a broken connection. */
  failures: string[];
}

let sequence = 0;

/** The mix: mostly reads, some writes, a few routes the limiter exempts (sandbox controls, OAuth metadata). */
export function nextRequest(): LoadRequest {
  const n = (sequence += 1);
  const json = { 'Content-Type': 'application/json' };
  const mix: LoadRequest[] = [
    { name: 'list products', method: 'GET', path: '/api/v1/products?limit=5' },
    { name: 'list users', method: 'GET', path: '/api/v1/users?limit=5' },
    { name: 'get order', method: 'GET', path: '/api/v1/orders/ord_1' },
    { name: 'list rides', method: 'GET', path: '/api/v1/rides?limit=5' },
    { name: 'create user', method: 'POST', path: '/api/v1/users', headers: json, body: JSON.stringify({ name: `Load ${n}`, email: `load-${n}-${process.pid}@example.com` }) },
    { name: 'create order', method: 'POST', path: '/api/v1/orders', headers: json, body: JSON.stringify({ user_id: 'usr_3', items: [{ product_id: 'prd_1', quantity: 1 }] }) },
    { name: 'read the sandbox clock', method: 'GET', path: '/api/v1/sandbox/clock' },
    { name: 'read the JWKS', method: 'GET', path: '/.well-known/jwks.json' },
  ];
  return mix[n % mix.length]!;
}

/** Sends one request; returns its latency, status and headers. The body is read so the connection is reused. */
export async function send(base: string, request: LoadRequest): Promise<{ ms: number; status: number; headers: Headers; text: string }> {
  const started = performance.now();
  const response = await fetch(base + request.path, { method: request.method, headers: request.headers, body: request.body });
  const text = await response.text();
  return { ms: performance.now() - started, status: response.status, headers: response.headers, text };
}

/** What is wrong with a 429 (empty when it carries Retry-After, RateLimit and RateLimit-Policy). */
export function tooManyProblems(headers: Headers): string[] {
  const problems: string[] = [];
  if (!/^\d+$/.test(headers.get('Retry-After') ?? '')) problems.push(`429 without a delay-seconds Retry-After (got ${headers.get('Retry-After')})`);
  if (!/;r=\d+/.test(headers.get('RateLimit') ?? '')) problems.push(`429 without a RateLimit field (got ${headers.get('RateLimit')})`);
  if (!/;q=\d+;w=\d+/.test(headers.get('RateLimit-Policy') ?? '')) problems.push(`429 without a RateLimit-Policy field (got ${headers.get('RateLimit-Policy')})`);
  return problems;
}

/** Runs `clients` concurrent loops against `base` until `durationMs` has passed. */
export async function runLoad(base: string, clients: number, durationMs: number): Promise<LoadResult> {
  const result: LoadResult = { sent: 0, latencies: [], statuses: new Map(), tooMany: 0, failures: [] };
  const deadline = performance.now() + durationMs;
  const loop = async () => {
    while (performance.now() < deadline) {
      const request = nextRequest();
      result.sent += 1;
      try {
        const { ms, status, headers, text } = await send(base, request);
        result.latencies.push(ms);
        result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
        if (status === 429) {
          result.tooMany += 1;
          for (const problem of tooManyProblems(headers)) result.failures.push(`${request.name}: ${problem}`);
        } else if (status < 200 || status >= 300) {
          result.failures.push(`${request.name}: ${request.method} ${request.path} answered ${status}: ${text.slice(0, 200)}`);
        }
      } catch (error) {
        result.failures.push(`${request.name}: ${request.method} ${request.path} failed: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, loop));
  return result;
}

/** The p-th percentile (0–100) of some numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** One member of a RateLimit-Policy / RateLimit list, by policy name: its parameters as numbers. */
export function policyMember(field: string | null, name: string): Record<string, number> | undefined {
  for (const member of (field ?? '').split(',')) {
    const [token, ...params] = member.trim().split(';');
    if (token !== `"${name}"`) continue;
    return Object.fromEntries(params.map((param) => param.split('=')).map(([key, value]) => [key!, Number(value)]));
  }
  return undefined;
}
