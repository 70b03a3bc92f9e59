import { createApp } from '../../sandbox/app';
import { findAccountByLogin } from '../../sandbox/auth/directory';
import { createManualClock, type Sandbox } from '../../sandbox/index';
import { openRealtimeSession } from '../../sandbox/realtime/websocket-session';
import { createRuntime, type Runtime } from '../../sandbox/services/runtime';
import { createStore, type Store } from '../../sandbox/store/store';
import { DEMO_LOGINS, ALL_SCOPES, type DemoLogin } from '../sandbox/tenants-support';
import { ORIGIN, START } from '../sandbox/support';

/**
 * A fresh sandbox for one fuzzed sequence, with its store and runtime in reach (to check
 * invariants behind the API) and real access tokens for the demo users, minted by the
 * sandbox's own token service as /oauth/token mints them.
 */
export interface FuzzSandbox extends Sandbox {
  store: Store;
  runtime: Runtime;
  /** `Bearer <token>` for a demo user with every scope. */
  bearer(login: DemoLogin): Promise<string>;
}

/** A sandbox on a manual clock at START. */
export function fuzzSandbox(): FuzzSandbox {
  const clock = createManualClock(START);
  const store = createStore(clock);
  const runtime = createRuntime(store, clock);
  const app = createApp(store, clock, runtime);
  const bearer = async (login: DemoLogin) => {
    const account = findAccountByLogin(login)!;
    const issued = await runtime.auth.tokens.issue({ origin: ORIGIN, userId: account.userId, tenantId: account.tenantId, clientId: 'workbench-lab', scope: ALL_SCOPES });
    return `Bearer ${issued.access_token}`;
  };
  return {
    fetch: async (request) => app.fetch(request),
    reset: () => runtime.reset(),
    clock,
    connectRealtime: (peer) => openRealtimeSession(runtime.events, clock, peer),
    store,
    runtime,
    bearer,
  };
}

/** Placeholder a generated request carries where a real token goes: `{{token:ada}}`. */
export const tokenPlaceholder = (login: DemoLogin) => `{{token:${login}}}`;

/** Replaces token placeholders in header values with real tokens of this sandbox. */
export async function withRealTokens(sandbox: FuzzSandbox, headers: Record<string, string>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const login = DEMO_LOGINS.find((candidate) => value === tokenPlaceholder(candidate));
    out[name] = login ? await sandbox.bearer(login) : value;
  }
  return out;
}
