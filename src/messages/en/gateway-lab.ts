/** The gateway lab (/labs/gateway): the gateway document, traffic through /gateway/* and the live stats. */
export const gatewayLab = {
  documentTitle: 'Gateway lab · API Design Workbench',
  title: 'Gateway lab',
  intro:
    'The sandbox has an API gateway in front of it at {prefix}, configured by one declarative document: services with their plugins (rate limiting, JWT, request ids), routes by path prefix and method, and traffic policies — a 90/10 canary split, retries with a per-try timeout, injected delays and aborts. Edit the document, apply it, send traffic, and watch what the gateway does.',
  document: {
    title: 'Gateway document',
    apply: 'Apply',
    revert: 'Revert edits',
    editorLabel: 'Gateway document (YAML or JSON)',
    loading: 'Loading the document…',
    reloaded: (time: string) => `Reloaded at ${time}: the new document is in force, and the stats start again.`,
    notLoaded: (n: number) => `Not loaded: ${n} problem${n === 1 ? '' : 's'}. The previous document is still serving.`,
    reverted: 'Back to the document in force.',
    problemsLabel: 'Problems in the document',
    where: (line: number, column: number | null) => `line ${line}, column ${column}`,
  },
  traffic: {
    title: 'Traffic',
    path: 'Path',
    requests: 'Requests',
    sending: 'Sending…',
    send: (n: number) => `Send ${n} requests`,
    tally: (sent: number, ms: number, byUpstream: string, byStatus: string) =>
      `${sent} sent in ${ms} ms · by upstream: ${byUpstream} · by status: ${byStatus}`,
  },
  stats: {
    title: 'Live stats',
    waiting: 'Waiting for the first stats…',
    routeLabel: (route: string) => `Route ${route}`,
    requests: 'Requests',
    retries: 'Retries',
    timeouts: 'Per-try timeouts',
    delays: 'Delays injected',
    aborts: 'Aborts injected',
    rateLimited: '429 (rate limit)',
    unauthorized: '401 (jwt)',
    responses: (statuses: string) => `Responses: ${statuses || 'none yet'}`,
    upstream429: (n: number) =>
      `${n} of the 429s came from behind the gateway: the sandbox’s own token bucket (chapter 7) sees every forwarded request as the same anonymous client. Limits stack — a client meets the tightest one on its path.`,
    unmatched: (n: number) => `Requests that matched no route (404): ${n}`,
    splitLabel: (route: string) => `Observed split of ${route}`,
  },
  getFailed: (path: string, status: number) => `GET ${path} answered HTTP ${status}.`,
};
