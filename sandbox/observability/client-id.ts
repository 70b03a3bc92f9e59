import type { Context } from 'hono';
import type { SandboxEnv } from '../env';
import { DEMO_API_KEYS } from '../patterns/rate-limit';

/**
 * Who called, as one short string for logs and analytics ("unique clients"): never a
 * credential itself, only what identifies its owner. Not a metric label: clients are
 * unbounded, and a label per client would grow Prometheus' series without limit.
 *
 * - an access token → `user:usr_1` (the user it acts for);
 * - an API key (`Bearer wbk_…`) → `api_key:key_3` (the key's id, not its secret);
 * - a demo rate-limit key in X-API-Key → `demo_key:pro` (its tier; the key is public in the docs);
 * - anything else, including a credential that was refused → `anonymous`.
 */
export function clientOf(c: Context<SandboxEnv>): string {
  const principal = c.get('principal');
  if (principal?.kind === 'user' && principal.userId) return `user:${principal.userId}`;
  if (principal?.kind === 'api_key') return `api_key:${principal.credentialId ?? principal.userId ?? 'unknown'}`;
  const demoKey = c.req.header('X-API-Key');
  if (demoKey !== undefined && Object.hasOwn(DEMO_API_KEYS, demoKey)) return `demo_key:${DEMO_API_KEYS[demoKey]}`;
  return 'anonymous';
}
