import { createApp } from '../../sandbox/app';
import { findAccountByLogin } from '../../sandbox/auth/directory';
import { createManualClock, type Sandbox } from '../../sandbox/index';
import { openRealtimeSession } from '../../sandbox/realtime/websocket-session';
import { createRuntime, type Runtime } from '../../sandbox/services/runtime';
import { createStore } from '../../sandbox/store/store';
import { call, ORIGIN, START } from './support';

/**
 * A sandbox for the auth tests that also exposes its runtime (to read what the stores hold),
 * plus credentials: access tokens minted by the sandbox's own token service, exactly as the
 * OAuth token endpoint mints them, and API keys created through the API itself.
 */

export const DEMO_LOGINS = ['ada', 'grace', 'alan'] as const;
export type DemoLogin = (typeof DEMO_LOGINS)[number];

/** Every scope a token can carry, for a token limited only by the user's roles. */
export const ALL_SCOPES = ['projects:*', 'members:read', 'orders:*', 'api_keys:read', 'api_keys:create', 'api_keys:delete', 'users:read'];

export interface AuthSandbox {
  sandbox: Sandbox;
  runtime: Runtime;
  /** An access token for the demo user, with these scopes. */
  token(login: DemoLogin, scopes?: readonly string[]): Promise<string>;
  /** The Authorization header for a token of the demo user. */
  bearer(login: DemoLogin, scopes?: readonly string[]): Promise<Record<string, string>>;
  /** Creates an API key through POST /api/v1/api-keys as the demo user; returns its id and full key. */
  apiKey(login: DemoLogin, scopes: readonly string[], expiresInDays?: number): Promise<{ id: string; key: string }>;
}

/** A fresh sandbox on a manual clock at START, with its runtime in reach. */
export function authSandbox(): AuthSandbox {
  const clock = createManualClock(START);
  const store = createStore(clock);
  const runtime = createRuntime(store, clock);
  const app = createApp(store, clock, runtime);
  const sandbox: Sandbox = {
    fetch: async (request) => app.fetch(request),
    reset: () => runtime.reset(),
    clock,
    connectRealtime: (peer) => openRealtimeSession(runtime.events, clock, peer),
  };

  const token = async (login: DemoLogin, scopes: readonly string[] = ALL_SCOPES) => {
    const account = findAccountByLogin(login)!;
    const issued = await runtime.auth.tokens.issue({ origin: ORIGIN, userId: account.userId, tenantId: account.tenantId, clientId: 'workbench-lab', scope: scopes });
    return issued.access_token;
  };
  const bearer = async (login: DemoLogin, scopes?: readonly string[]) => ({ Authorization: `Bearer ${await token(login, scopes)}` });

  const apiKey = async (login: DemoLogin, scopes: readonly string[], expiresInDays?: number) => {
    const res = await call(sandbox, 'POST', '/api/v1/api-keys', {
      headers: await bearer(login),
      json: { name: `${login} test key`, scopes, ...(expiresInDays !== undefined && { expires_in_days: expiresInDays }) },
    });
    if (res.status !== 201) throw new Error(`Creating an API key for ${login} failed with ${res.status}: ${res.text}`);
    return { id: res.body.data.id as string, key: res.body.data.key as string };
  };

  return { sandbox, runtime, token, bearer, apiKey };
}
