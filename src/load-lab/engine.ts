/**
 * The load engine: virtual users that each loop pick a weighted task → send its request →
 * record status and latency → wait, until the run's time is up or it is stopped. Users join
 * evenly over the ramp-up. After a 429 a user waits what Retry-After says (when the run
 * honours it) instead of its usual think time: Locust's example only counts the 429 as a
 * failure and carries on at full speed, which keeps the limiter busy refusing.
 *
 * Pure: time comes from an injected clock, requests from an injected fetch, choices from an
 * injected random source, so tests drive a whole run with a manual clock and a fake fetch.
 */
import type { LoadClock } from './load-clock';
import type { LoadSettings } from './profiles';
import { retryAfterMs } from './retry-after';
import { pickTask, SHOP_TASKS, STRESS_TASKS, type LoadTask, type UserState } from './tasks';

/** One finished request. */
export interface LoadSample {
  /** Milliseconds from the start of the run to when the request was sent. */
  at: number;
  /** Which virtual user sent it, from 0. */
  user: number;
  task: string;
  method: string;
  path: string;
  /** HTTP status; 0 when no response came (a network error). */
  status: number;
  latencyMs: number;
  /** How long the user then waited because of Retry-After, when it did. */
  backoffMs?: number;
  /** Why no response came, for status 0. */
  error?: string;
}

export interface LoadDeps {
  /** Sends a request to the sandbox; paths are relative ('/api/v1/users'). */
  fetch: (path: string, init: RequestInit) => Promise<Response>;
  clock: LoadClock;
  /** Uniform in [0, 1); Math.random in the browser, a seeded source in tests. */
  random: () => number;
  /** Wall-clock now for Retry-After dates; Date.now by default. */
  wallNow?: () => number;
}

export interface LoadRunEnd {
  samples: LoadSample[];
  /** Milliseconds from start to the end of the run. */
  elapsedMs: number;
  /** True when stop() ended the run before its duration. */
  stoppedEarly: boolean;
}

export interface LoadRun {
  /** Ends the run now: sleeping users wake and leave, requests in flight are abandoned. */
  stop(): void;
  readonly done: Promise<LoadRunEnd>;
}

/** Back-off when a 429 carries no readable Retry-After: one second, then the user tries again. */
const DEFAULT_BACKOFF_MS = 1000;

const TASKS: Record<LoadSettings['scenario'], readonly LoadTask[]> = { shop: SHOP_TASKS, stress: STRESS_TASKS };

/** Starts a run; `onSample` is called for each finished request, in the order they finish. */
export function startLoadRun(settings: LoadSettings, deps: LoadDeps, onSample: (sample: LoadSample) => void = () => undefined): LoadRun {
  const { clock, random } = deps;
  const wallNow = deps.wallNow ?? Date.now;
  const tasks = TASKS[settings.scenario];
  const controller = new AbortController();
  const { signal } = controller;
  const start = clock.now();
  const durationMs = settings.durationSeconds * 1000;
  const samples: LoadSample[] = [];
  let stoppedEarly = false;
  const headers: Record<string, string> = settings.apiKey ? { 'X-API-Key': settings.apiKey } : {};

  const think = () => (settings.waitSeconds.min + random() * (settings.waitSeconds.max - settings.waitSeconds.min)) * 1000;

  async function send(user: number, task: LoadTask, state: UserState): Promise<LoadSample | null> {
    const request = task.request(state, random);
    const sentAt = clock.now();
    const init: RequestInit =
      request.body === undefined
        ? { method: request.method, headers, signal }
        : { method: request.method, headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(request.body), signal };
    const sample: LoadSample = { at: sentAt - start, user, task: task.name, method: request.method, path: request.path, status: 0, latencyMs: 0 };
    try {
      const response = await deps.fetch(request.path, init);
      // Latency to the last byte, as a client experiences it, not to the headers.
      const text = await response.text();
      sample.status = response.status;
      sample.latencyMs = clock.now() - sentAt;
      if (response.ok && task.remember) task.remember(state, parseJson(text));
      if (response.status === 429 && settings.honourRetryAfter) sample.backoffMs = retryAfterMs(response.headers.get('Retry-After'), wallNow()) ?? DEFAULT_BACKOFF_MS;
    } catch (error) {
      if (signal.aborted) return null; // abandoned by stop(): not a failure of the API
      sample.latencyMs = clock.now() - sentAt;
      sample.error = error instanceof Error ? error.message : String(error);
    }
    return sample;
  }

  async function virtualUser(user: number): Promise<void> {
    const joinAt = settings.users > 1 ? (user * settings.rampUpSeconds * 1000) / settings.users : 0;
    await clock.sleep(joinAt, signal);
    const state: UserState = {};
    while (!signal.aborted && clock.now() - start < durationMs) {
      const sample = await send(user, pickTask(tasks, random), state);
      if (!sample) return;
      samples.push(sample);
      onSample(sample);
      await clock.sleep(sample.backoffMs ?? think(), signal);
    }
  }

  const users = Array.from({ length: settings.users }, (_, user) => virtualUser(user));
  const timer = clock.sleep(durationMs, signal).then(() => controller.abort());
  const done = Promise.all([...users, timer]).then(() => ({ samples, elapsedMs: Math.min(clock.now() - start, durationMs), stoppedEarly }));

  return {
    stop() {
      if (signal.aborted) return;
      stoppedEarly = true;
      controller.abort();
    },
    done,
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
