/**
 * Starts the in-browser sandbox (MSW service worker + the sandbox app) on first use.
 * The sandbox is loaded lazily so the first chapter's text never waits for it;
 * anything that sends a request to /api or /openapi.json awaits this first.
 */
let ready: Promise<void> | null = null;

export function sandboxReady(): Promise<void> {
  ready ??= import('../../sandbox/browser').then((door) => door.startBrowserSandbox());
  return ready;
}
