/** The REST vs GraphQL lab (/labs/rest-vs-graphql): one dashboard fetched both ways, measured. */
export const restVsGraphqlLab = {
  documentTitle: 'REST vs GraphQL lab · API Design Workbench',
  title: 'REST vs GraphQL lab',
  intro:
    'One screen — the signed-in user, their recent orders, and the products in them — fetched from the sandbox twice: by a REST client that follows links, and by one GraphQL query. The figures are measured when you press the button; bytes are response bodies (headers come on top, once per request). {chapter} explains the trade-offs.',
  chapterLink: 'Chapter 3',
  fetching: 'Fetching…',
  fetchAgain: 'Fetch both ways again',
  fetch: 'Fetch both ways',
  verdict: (agree: boolean, neededBytes: number, restBytes: number, graphqlBytes: number) =>
    `${agree ? 'Both ways returned the same dashboard' : 'The two answers differ — the sandbox changed between them; fetch again'}. The dashboard itself is ${neededBytes} bytes of JSON: REST received ${restBytes}, GraphQL ${graphqlBytes}.`,
  sides: { rest: 'REST', graphql: 'GraphQL' },
  figures: {
    requests: 'Requests',
    rounds: 'Rounds in sequence',
    bytesReceived: 'Bytes received',
    bytesSent: 'Bytes sent',
    timeHere: 'Time here',
    ms: (ms: number) => `${ms} ms`,
    atRoundTrip: (rttMs: number) => `At ${rttMs} ms a round trip`,
    atLeast: (ms: number) => `≥ ${ms} ms`,
  },
  log: {
    caption: 'Every request, in the order it was sent',
    columns: { request: 'Request', status: 'Status', bytes: 'Bytes', ms: 'ms' },
  },
  dashboard: {
    title: 'The dashboard both of them built',
    order: (status: string, total: string, items: string) => ` ${status}, ${total}: ${items}`,
    item: (quantity: number, product: string) => `${quantity} × ${product}`,
    productGone: 'a product no longer sold',
  },
  requestFailed: (method: string, path: string, status: number) => `${method} ${path} answered HTTP ${status}; reset the sandbox and try again.`,
  queryErrors: (errors: string) => `The dashboard query came back with errors: ${errors}`,
};
