import { createServices, type CallWindow, type ServiceCall } from './services';
import { createVirtualClock, drive, type Settled } from './virtual-clock';

/** The three handlers the learner writes. */
export const HANDLERS = ['mobileDashboard', 'adminDashboard', 'partnerOrders'] as const;
export type HandlerName = (typeof HANDLERS)[number];
type Handler = (services: ShopServices, userId: string) => Promise<unknown>;

/** The learner's handler, or an error that says how to export it. */
export function exportedHandler(exports: Record<string, unknown>, name: HandlerName): Handler {
  const handler = exports[name];
  if (typeof handler !== 'function') {
    throw new Error(`Export an async function ${name}(services, userId); the submission ${name in exports ? `exports ${name} as a ${typeof handler}` : `has no export named ${name}`}.`);
  }
  return handler as Handler;
}

export interface HandlerRun {
  name: HandlerName;
  userId: string;
  settled: Settled<unknown>;
  calls: CallWindow[];
}

/** Runs one handler for one customer on a fresh virtual clock, with the given services failing. */
export async function runHandler(exports: Record<string, unknown>, name: HandlerName, userId: string, failing: readonly ServiceCall[] = []): Promise<HandlerRun> {
  const handler = exportedHandler(exports, name);
  const clock = createVirtualClock();
  const { services, calls } = createServices(clock, failing);
  const settled = await drive(clock, () => handler(services, userId));
  return { name, userId, settled, calls };
}

/** The value a run produced, or an error that says what went wrong. */
export function valueOf(run: HandlerRun): unknown {
  if (run.settled.ok) return run.settled.value;
  const reason = run.settled.error instanceof Error ? run.settled.error.message : String(run.settled.error);
  throw new Error(`${run.name}(services, '${run.userId}') failed: ${reason}`);
}
