/** The BFF lab (/labs/bff): three Backends for Frontends side by side, their waterfalls and the upstream switches. */
export const bffLab = {
  documentTitle: 'BFF lab · API Design Workbench',
  title: 'BFF lab',
  intro:
    'One backend per kind of client, over the same three services (users, orders, products). Send the three dashboards and compare what each client receives, how long the upstream calls took in parallel, and how long they would take one after another. Chapter 9, {chapter}, explains the design; the {gateway} shows what sits in front.',
  chapterLink: 'Gateways, meshes and a backend for each frontend',
  gatewayLink: 'gateway lab',
  sendAll: 'Send all three',
  sizeRatio: (ratio: string) => `The web dashboard is ${ratio}× the mobile one.`,
  clients: { mobile: 'Mobile', web: 'Web', partner: 'Partner' },
  column: {
    notSent: 'Not sent yet.',
    status: 'Status',
    payload: 'Payload',
    sizes: '{raw} raw, {gzip} gzip',
    roundTrip: 'Round trip',
    ms: (ms: number) => `${ms} ms`,
    saving: (sequential: number, parallel: number) => `Sequential would take ${sequential} ms, parallel took ${parallel} ms.`,
    degraded: (sections: string[]) => `Degraded: ${sections.join(', ')}`,
    responseBody: 'Response body',
    bytes: (bytes: number) => (bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} KB`),
  },
  waterfall: {
    label: (client: string, total: number, sequential: number) =>
      `${client}: upstream calls took ${total} ms in parallel; one after another they would take ${sequential} ms`,
    parallel: 'In parallel (measured)',
    sequential: 'One after another (the sum)',
  },
  upstreams: {
    title: 'Upstream services',
    note: 'Make a service slower than the timeout, or failing, then apply: mobile and web leave that section out and say so in {degraded}; the partner format is never partial and answers 503. Without the user service there is no dashboard at all.',
    formLabel: 'Upstream services',
    services: { user: 'User service', order: 'Order service', product: 'Product service' },
    latency: 'Latency (ms)',
    fails: 'Fails',
    timeout: 'Timeout per call (ms)',
    apply: 'Apply settings',
  },
  settingsFailed: (method: string, path: string, status: number) => `${method} ${path} answered ${status}`,
};
