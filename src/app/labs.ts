/**
 * Every hands-on page outside the chapters: consoles to send requests with, labs that
 * take one pattern apart, and tools that check something you paste. The Labs page lists
 * them from here, grouped by chapter, and a unit test checks each path is a real route.
 */

export interface LabEntry {
  path: string;
  title: string;
  /** The chapter whose pattern it shows. */
  chapter: number;
  kind: 'console' | 'lab' | 'tool';
  description: string;
}

export const LABS: readonly LabEntry[] = [
  { path: '/reference', title: 'API reference', chapter: 1, kind: 'console', description: 'The sandbox’s OpenAPI 3.1 document, rendered by Scalar; send any request from it.' },
  { path: '/errors', title: 'Error codes', chapter: 7, kind: 'tool', description: 'Every error the sandbox can answer with: status, meaning, and how to fix it.' },
  { path: '/labs/circuit-breaker', title: 'Circuit breaker', chapter: 7, kind: 'lab', description: 'Dial failures into a payment provider and watch the breaker open, wait and close.' },
  { path: '/consoles/graphql', title: 'GraphQL console', chapter: 3, kind: 'console', description: 'Schema-aware queries with a read counter and a DataLoader switch.' },
  { path: '/labs/rest-vs-graphql', title: 'REST vs GraphQL', chapter: 3, kind: 'lab', description: 'The same dashboard fetched both ways: round trips and bytes, measured.' },
  { path: '/consoles/grpc', title: 'gRPC console', chapter: 4, kind: 'console', description: 'Call a Connect/gRPC-Web service, compare binary and JSON sizes, watch a stream.' },
  { path: '/tools/compatibility', title: 'Breaking-change checker', chapter: 5, kind: 'tool', description: 'Paste two versions of a response or an OpenAPI document and see which changes break clients, and why.' },
  { path: '/labs/oauth', title: 'OAuth 2.0 with PKCE', chapter: 6, kind: 'lab', description: 'Walk the authorization code flow step by step: verifier, consent, code, tokens, refresh, and a replayed refresh token caught.' },
  { path: '/tools/token-inspector', title: 'Token inspector', chapter: 6, kind: 'tool', description: 'Paste a JWT: header, claims, expiry, and every check the sandbox would run on it.' },
  { path: '/labs/webhooks', title: 'Webhook inbox', chapter: 8, kind: 'lab', description: 'Register an endpoint, watch signed deliveries arrive and verify, break the receiver to see retries, dead letters and replay.' },
  { path: '/labs/realtime', title: 'Real-time channels', chapter: 8, kind: 'lab', description: 'Polling, long polling, Server-Sent Events and a WebSocket on the same event feed, with their request counts and latencies.' },
  { path: '/labs/gateway', title: 'API gateway', chapter: 9, kind: 'lab', description: 'Edit the gateway’s declarative document — routes, plugins, a 90/10 canary, retries, injected faults — apply it, send traffic and watch the split, retries and faults live.' },
  { path: '/labs/bff', title: 'Backends for Frontends', chapter: 9, kind: 'lab', description: 'Mobile, web and partner dashboards side by side: payload bytes raw and gzipped, upstream calls as a waterfall, and the time parallel calls save; make a service slow or fail and watch sections degrade.' },
  { path: '/labs/load', title: 'Load testing', chapter: 10, kind: 'lab', description: 'Virtual users with weighted tasks against the sandbox: live throughput, p50/p95/p99 latency and 429s, and a stress profile that shows the rate limiter and Retry-After at work.' },
  { path: '/labs/monitoring', title: 'Monitoring dashboard', chapter: 11, kind: 'lab', description: 'Live request rate, error rate and p95 charts, the busiest and slowest endpoints, SLOs with alerts, and the raw /metrics text; break the payment provider and watch an alert fire.' },
  { path: '/labs/logs', title: 'Log viewer', chapter: 11, kind: 'tool', description: 'The sandbox’s structured request log: filter by request id, level, route and status, follow one request through its lines, tail it live.' },
  { path: '/labs/city', title: 'Ride-sharing city', chapter: 12, kind: 'lab', description: 'A simulated city on an SVG map: start, pause and speed up drifting drivers, request a ride, watch it offered and matched, and drive it through its lifecycle to a rating, followed live over a WebSocket.' },
  { path: '/labs/contracts', title: 'Contract testing', chapter: 10, kind: 'lab', description: 'Write a consumer’s expectations with matchers, record them as a Pact v3 contract, verify the sandbox against it, and switch on provider changes to see which interactions break and why.' },
];

/** The entries grouped by chapter, chapters in order, entries in list order. */
export function labsByChapter(entries: readonly LabEntry[] = LABS): [number, LabEntry[]][] {
  const groups = new Map<number, LabEntry[]>();
  for (const entry of entries) groups.set(entry.chapter, [...(groups.get(entry.chapter) ?? []), entry]);
  return [...groups.entries()].sort(([a], [b]) => a - b);
}
