/** The real-time lab (/labs/realtime): polling, long polling, SSE and a WebSocket on one event feed. */
export const realtimeLab = {
  documentTitle: 'Real-time lab · API Design Workbench',
  title: 'Real-time lab',
  intro:
    'Four ways for a client to learn that something happened, all reading the same event feed of the sandbox. Create an order, pay it, ship it, and send a courier out: each change is published once, and every column should show the same events with the same ids. Compare how many requests each needed and how late the events arrived.',
  starting: 'Starting the sandbox…',
  explainTitle: 'What the numbers say',
  explain: {
    polling: '{name} asks on a timer. Most answers are empty, and an event waits up to one interval before anyone asks for it.',
    longPolling:
      '{name} asks once and the sandbox holds the request until there is news (at most 25 s), then the client asks again at once. One request per batch of events, latency of one round trip.',
    sse: '{name} keep one response open and the sandbox writes each event into it. If it drops, EventSource reconnects and sends {header}; the sandbox replays what was missed.',
    websocket: '{name} keeps one two-way connection. The page subscribes with {after}, the last id it saw, so a reconnect misses nothing either.',
    latencyName: 'Latency',
    latency:
      '{name} runs from the event’s {field} to the moment the page got it. The sandbox lives in this page, so there is no network in between: the differences come from how each channel waits. The WebSocket is answered inside the page itself (MSW), the other three go through the service worker.',
  },
  pollingInterval: 'Polling interval',
  every: (seconds: number) => `every ${seconds} s`,
  channels: {
    polling: { title: 'Polling', how: (seconds: number) => `GET /api/v1/events?after=… every ${seconds} s.` },
    longPolling: { title: 'Long polling', how: 'GET /api/v1/notifications/poll?since=…&timeout=25, again as soon as it answers.' },
    sse: { title: 'Server-Sent Events', how: 'EventSource on GET /api/v1/events/stream, one open response.' },
    websocket: { title: 'WebSocket', how: 'ws://…/api/v1/realtime, subscribed to order.*.' },
    requests: 'Requests',
    connections: 'Connections',
  },
  column: {
    events: 'Events',
    bytes: 'Bytes received',
    medianLatency: 'Median latency',
    ms: (ms: number) => `${ms} ms`,
    receivedBy: (title: string) => `Events received by ${title}`,
    none: 'No events yet.',
    bytesSize: (bytes: number) => (bytes < 1000 ? `${bytes} B` : `${(bytes / 1000).toFixed(1)} kB`),
    step: (step: number, steps: number) => `step ${step}/${steps}`,
  },
  controls: {
    title: 'Make something happen',
    create: 'Create order',
    pay: 'Pay',
    ship: 'Ship',
    courier: 'Run courier',
    idle: 'Each button sends one request; watch the same event arrive in every column.',
    placed: (id: string, status: string) => `Placed ${id} (${status}).`,
    placeFirst: 'Place an order first.',
    notOffered: (id: string, status: string, name: string, offered: string[]) =>
      `${id} is ${status} and does not offer "${name}" (its _actions: ${offered.join(', ') || 'none'}).`,
    followed: (name: string, id: string, status: string) => `${name}: ${id} is ${status}.`,
    courierDriving: (id: string) => `A courier is driving ${id}: 10 location updates, one a second.`,
  },
  errors: {
    streamInterrupted: 'The stream was interrupted; EventSource reconnects by itself with Last-Event-ID.',
    socketRefused: 'The sandbox refused a message.',
    socketClosed: 'The socket closed; reconnecting with "after" so nothing is missed.',
  },
};
