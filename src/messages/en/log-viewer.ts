/** The log viewer (/labs/logs): filters, the live tail and one request's lines. */
export const logViewer = {
  documentTitle: 'Log viewer · API Design Workbench',
  title: 'Log viewer',
  intro:
    'Every request to the sandbox writes JSON lines — received, failed (if it did), sent — each with the id the client got in {header}. Secrets are redacted before a line is written. Requests to the observability routes themselves are not logged. Send traffic from the {dashboard} or any Try-it, and it shows up here.',
  dashboardLink: 'monitoring dashboard',
  liveTail: 'Live tail (new lines every second)',
  reading: 'Reading the log…',
  request: {
    label: 'Request summary',
    title: 'Request {id}',
    summary: (events: number, status: number | undefined, duration: string) =>
      `${events} lines · status ${status ?? 'not answered yet'} · ${duration}`,
    back: 'Back to all lines',
  },
  filters: {
    label: 'Log filters',
    requestId: 'Request id',
    requestIdPlaceholder: 'req_000042',
    lowestLevel: 'Lowest level',
    allLevels: 'info (all)',
    routeTemplate: 'Route template',
    routePlaceholder: '/api/v1/products/{id}',
    status: 'Status',
    statusPlaceholder: '404 or 5xx',
    filter: 'Filter',
    clear: 'Clear',
    badStatus: (status: string) => `Status "${status}" is not a status: write one code such as 404, or a class such as 5xx.`,
    badRoute: (route: string) =>
      `Route "${route}" should be a route template starting with /, such as /api/v1/products/{id} (the route column shows them).`,
    badRequestId: (id: string) =>
      `Request id "${id}" cannot be one: ids are up to 128 letters, digits and . _ : - (such as req_000042).`,
  },
  table: {
    none: "No log lines match. Send a request (a Try-it in a chapter, or the dashboard's traffic) or loosen the filters.",
    columns: { time: 'Time', level: 'Level', event: 'Event', requestId: 'Request id', route: 'Route', status: 'Status', message: 'Message' },
    showRequest: 'Show every line of this request',
  },
};
