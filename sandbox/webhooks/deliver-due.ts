import type { MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../env';
import type { Dispatcher } from './dispatcher';

/**
 * Middleware: before answering, send every webhook attempt whose time has come on the
 * sandbox clock, and wait for them. So after the clock is moved past a retry's due time,
 * the very next request delivers it, and its response already shows the outcome.
 * The deliveries themselves skip this: they must never wait for themselves.
 */
export function deliverDueWebhooks(dispatcher: Dispatcher): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    if (!dispatcher.isDelivery(c.req.raw)) await dispatcher.runDue();
    await next();
  };
}
