/**
 * The three calls behind the header's sandbox controls, through the labs' one helper for
 * the in-tab sandbox (which starts it first). Each change is announced on `window`
 * (sandbox-events.ts) so open pages can catch up.
 */
import { sandboxReady } from '../app/sandbox-ready';
import { JSON_HEADERS, sandboxBody } from '../explorer/sandbox-json';
import { sandboxNowOf } from './sandbox-clock';
import { announceSandboxChanged } from './sandbox-events';

/** The sandbox clock as read at one moment of real time. */
export interface ClockReading {
  /** Sandbox time, epoch ms. */
  sandboxMs: number;
  /** Real time (Date.now()) when it was read, so the page can tick on from there. */
  readAt: number;
}

// The sandbox stamped `now` somewhere between sending and the answer: the midpoint is the best guess of when.
function reading(body: unknown, sentAt: number): ClockReading {
  const sandboxMs = sandboxNowOf(body);
  if (sandboxMs === null) throw new Error('GET /api/v1/sandbox/clock answered without a readable "now".');
  return { sandboxMs, readAt: Math.round((sentAt + Date.now()) / 2) };
}

/** GET /api/v1/sandbox/clock. */
export async function readSandboxClock(): Promise<ClockReading> {
  await sandboxReady(); // started first, so its start-up time is not counted as the request's
  const sentAt = Date.now();
  return reading(await sandboxBody('/api/v1/sandbox/clock', { headers: { Accept: 'application/json' } }), sentAt);
}

/** PUT /api/v1/sandbox/clock {advance_seconds}, then announces the move. */
export async function advanceSandboxClock(seconds: number): Promise<ClockReading> {
  await sandboxReady(); // started first, so its start-up time is not counted as the request's
  const sentAt = Date.now();
  const body = await sandboxBody('/api/v1/sandbox/clock', { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify({ advance_seconds: seconds }) });
  announceSandboxChanged({ cause: 'clock', seconds });
  return reading(body, sentAt);
}

/** POST /api/v1/sandbox/reset (204), then announces it. */
export async function resetSandbox(): Promise<void> {
  await sandboxBody('/api/v1/sandbox/reset', { method: 'POST' });
  announceSandboxChanged({ cause: 'reset' });
}
