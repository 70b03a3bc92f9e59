/** The load testing lab (/labs/load): profiles, settings, the live chart and the run's summary. */
export const loadLab = {
  documentTitle: 'Load testing lab · API Design Workbench',
  title: 'Load testing lab',
  intro:
    'Virtual users, each in a loop: pick a task by weight (list users ×3, get one user ×2, create an order ×1, read back your own order ×2), send it to the sandbox, wait a moment, repeat. Users join over the ramp-up and leave when the duration is over. Every request is a real fetch in this tab, answered by the sandbox through its service worker, so the latencies are those of the sandbox and the browser.',
  run: 'Run',
  start: 'Start',
  stop: 'Stop',
  results: 'Results',
  status: {
    running: (elapsedS: string, durationS: number, requests: number) => `Running: ${elapsedS} of ${durationS} s, ${requests} requests so far.`,
    finished: (stoppedEarly: boolean, elapsedS: string, requests: number) =>
      `${stoppedEarly ? 'Stopped' : 'Finished'} after ${elapsedS} s: ${requests} requests.`,
    idle: 'Pick a profile, adjust it if you like, and start.',
  },
  profiles: {
    legend: 'Profile',
    steady: { label: 'Steady', purpose: 'A constant, modest load well inside the anonymous rate limit: the baseline for latency.' },
    ramp: { label: 'Ramp-up', purpose: 'Users join one by one, so throughput climbs while you watch whether latency climbs with it.' },
    stress: {
      label: 'Stress',
      purpose:
        'Many users with almost no wait, on the free tier (X-API-Key: key_free_demo, a burst of 10 then one request every 6 s): the rate limiter answers 429 and Retry-After.',
    },
  },
  fields: {
    users: 'Users',
    rampUp: 'Ramp-up (s)',
    duration: 'Duration (s)',
    waitMin: 'Wait min (s)',
    waitMax: 'Wait max (s)',
    client: 'Client (X-API-Key)',
    clients: {
      anonymous: 'anonymous (100 burst, 10/s)',
      free: 'key_free_demo (10 burst, 1 per 6 s)',
      pro: 'key_pro_demo (100 burst, 5/s)',
    },
    honourRetryAfter: 'Honour Retry-After after a 429',
  },
  problems: {
    users: (max: number, got: number) => `Users must be a whole number from 1 to ${max}; got ${got}.`,
    duration: (max: number, got: number) => `Duration must be from 1 to ${max} seconds; got ${got}.`,
    rampUp: (duration: number, got: number) => `Ramp-up must be from 0 seconds up to the duration (${duration} s); got ${got}.`,
    wait: (limit: number, min: number, max: number) => `Wait must be 0 ≤ min ≤ max ≤ ${limit} seconds; got ${min} to ${max}.`,
  },
  chart: {
    label: 'Requests per second by status, and latency percentiles per second',
    rps: (max: number) => `Requests per second (max ${max})`,
    latency: (max: number) => `Latency per second, ms (max ${max})`,
    second: (s: number) => `${s}s`,
    noAnswer: 'no answer',
  },
  summary: {
    requests: 'Requests',
    throughput: 'Throughput',
    perSecond: (rate: string) => `${rate} req/s`,
    percentiles: 'p50 / p95 / p99',
    ms: (p50: string, p95: string, p99: string) => `${p50} / ${p95} / ${p99} ms`,
    count429: '429s',
    not2xx: 'Not 2xx',
    share: (percent: string) => `${percent}%`,
    waits: 'Retry-After waits (all users)',
    seconds: (s: string) => `${s} s`,
    caption: 'By task (latency in ms, nearest-rank percentiles)',
    columns: { task: 'Task', requests: 'Requests', noAnswer: '5xx / none', max: 'max' },
    // Task names are the run's keys (data-task, samples); only what the row shows is translated.
    tasks: {
      'list users': 'list users',
      'get one user': 'get one user',
      'create order': 'create order',
      'get own order': 'get own order',
      'list orders': 'list orders',
      'list products': 'list products',
      all: 'all',
    } as Record<string, string>,
  },
  notesTitle: 'Reading the numbers',
  notes: {
    percentilesName: 'Percentiles',
    percentiles:
      '{name} are nearest-rank: sort the latencies of the requests that got an answer, and p95 is the one at rank ⌈0.95 × n⌉. It is always a latency some request really had. With fewer than 100 requests, p99 is simply the slowest one.',
    retryName: '429 and Retry-After.',
    retry:
      '{name} A test script that marks a 429 as a failure and sends the next request at once only adds to the overload that caused it. Here each user that gets a 429 waits the seconds in {header} before its next request (untick the box to see the difference: far more 429s, and no more successes). The stress profile uses {key}, whose bucket is small on purpose and separate from the anonymous one the rest of the app uses.',
  },
};
