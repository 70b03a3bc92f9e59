/** The Labs page and the name and one-line description of every console, lab and tool it lists. */
export const labs = {
  documentTitle: 'Labs and tools — API Design Workbench',
  title: 'Labs and tools',
  intro: 'Everything here talks to the sandbox running in this tab. Nothing leaves your machine.',
  chapterLink: (chapter: number, title: string) => `${chapter}. ${title}`,
  chapterOnly: (chapter: number) => `Chapter ${chapter}`,
  kind: { console: 'Console', lab: 'Lab', tool: 'Tool' },
  entries: {
    reference: {
      title: 'API reference',
      description: 'The sandbox’s OpenAPI 3.1 document, rendered by Scalar; send any request from it.',
    },
    console: {
      title: 'Request console',
      description:
        'Compose any request to the sandbox — method, URL, headers, body — read status, headers, timing and body, keep a history, and copy it as a curl command for npm run sandbox.',
    },
    errors: {
      title: 'Error codes',
      description: 'Every error the sandbox can answer with: status, meaning, and how to fix it.',
    },
    circuitBreaker: {
      title: 'Circuit breaker',
      description: 'Dial failures into a payment provider and watch the breaker open, wait and close.',
    },
    graphql: {
      title: 'GraphQL console',
      description: 'Schema-aware queries with a read counter and a DataLoader switch.',
    },
    restVsGraphql: {
      title: 'REST vs GraphQL',
      description: 'The same dashboard fetched both ways: round trips and bytes, measured.',
    },
    grpc: {
      title: 'gRPC console',
      description: 'Call a Connect/gRPC-Web service, compare binary and JSON sizes, watch a stream.',
    },
    compatibility: {
      title: 'Breaking-change checker',
      description: 'Paste two versions of a response or an OpenAPI document and see which changes break clients, and why.',
    },
    oauth: {
      title: 'OAuth 2.0 with PKCE',
      description:
        'Walk the authorization code flow step by step: verifier, consent, code, tokens, refresh, and a replayed refresh token caught.',
    },
    tokenInspector: {
      title: 'Token inspector',
      description: 'Paste a JWT: header, claims, expiry, and every check the sandbox would run on it.',
    },
    webhooks: {
      title: 'Webhook inbox',
      description:
        'Register an endpoint, watch signed deliveries arrive and verify, break the receiver to see retries, dead letters and replay.',
    },
    realtime: {
      title: 'Real-time channels',
      description:
        'Polling, long polling, Server-Sent Events and a WebSocket on the same event feed, with their request counts and latencies.',
    },
    gateway: {
      title: 'API gateway',
      description:
        'Edit the gateway’s declarative document — routes, plugins, a 90/10 canary, retries, injected faults — apply it, send traffic and watch the split, retries and faults live.',
    },
    bff: {
      title: 'Backends for Frontends',
      description:
        'Mobile, web and partner dashboards side by side: payload bytes raw and gzipped, upstream calls as a waterfall, and the time parallel calls save; make a service slow or fail and watch sections degrade.',
    },
    load: {
      title: 'Load testing',
      description:
        'Virtual users with weighted tasks against the sandbox: live throughput, p50/p95/p99 latency and 429s, and a stress profile that shows the rate limiter and Retry-After at work.',
    },
    monitoring: {
      title: 'Monitoring dashboard',
      description:
        'Live request rate, error rate and p95 charts, the busiest and slowest endpoints, SLOs with alerts, and the raw /metrics text; break the payment provider and watch an alert fire.',
    },
    logs: {
      title: 'Log viewer',
      description:
        'The sandbox’s structured request log: filter by request id, level, route and status, follow one request through its lines, tail it live.',
    },
    city: {
      title: 'Ride-sharing city',
      description:
        'A simulated city on an SVG map: start, pause and speed up drifting drivers, request a ride, watch it offered and matched, and drive it through its lifecycle to a rating, followed live over a WebSocket.',
    },
    contracts: {
      title: 'Contract testing',
      description:
        'Write a consumer’s expectations with matchers, record them as a Pact v3 contract, verify the sandbox against it, and switch on provider changes to see which interactions break and why.',
    },
  },
};
