import { createApp } from './app';
import { ANONYMOUS } from './auth/principal';
import { visibleTo } from './realtime/visibility';
import { openRealtimeSession, type RealtimePeer, type RealtimeSession } from './realtime/websocket-session';
import { createRuntime } from './services/runtime';
import { createSystemClock, type Clock } from './store/clock';
import { createStore } from './store/store';

/**
 * The sandbox's public entry: the rest of the app, the tests and the three doors
 * (browser.ts, node.ts, server.ts) import from here and nowhere deeper.
 */

export { createManualClock, createSystemClock, type Clock } from './store/clock';
export type { RealtimePeer, RealtimeSession } from './realtime/websocket-session';

/** Where the doors accept WebSocket connections (the app itself answers plain HTTP there with 426). */
export const REALTIME_PATH = '/api/v1/realtime';

export interface SandboxOptions {
  /** The time source; defaults to the machine's clock. Pass createManualClock() in tests. */
  clock?: Clock;
}

export interface Sandbox {
  /** Answers one request, exactly as the mock API would over the network. */
  fetch(request: Request): Promise<Response>;
  /**
   * Throws away every change and restores the seed data (usr_1..3, prd_1..4, ord_1..4);
   * also refills every rate-limit bucket, closes the circuit breaker and clears the payment provider's faults.
   */
  reset(): void;
  /** The clock the sandbox stamps and expires things with; move it to test time-based behaviour. */
  clock: Clock;
  /**
   * Starts one WebSocket conversation on the sandbox's event feed (REALTIME_PATH). A Fetch app has
   * no sockets, so the doors carry the socket and hand its text messages to the session.
   */
  connectRealtime(peer: RealtimePeer): RealtimeSession;
}

/**
 * Creates an independent sandbox with its own data.
 * @example
 * const sandbox = createSandbox();
 * const res = await sandbox.fetch(new Request('http://sandbox.local/api/v1/users'));
 */
export function createSandbox(options: SandboxOptions = {}): Sandbox {
  const clock = options.clock ?? createSystemClock();
  const store = createStore(clock);
  const runtime = createRuntime(store, clock);
  const app = createApp(store, clock, runtime);
  return {
    fetch: async (request) => app.fetch(request),
    reset: () => runtime.reset(),
    clock,
    // Sockets are not authenticated yet (a browser WebSocket cannot send Authorization): the anonymous caller's view.
    connectRealtime: (peer) => openRealtimeSession(runtime.events, clock, peer, visibleTo(ANONYMOUS, store)),
  };
}
