import { setupWorker } from 'msw/browser';
import { sandboxHandlers } from './handlers';
import { createSandbox } from './index';

/**
 * The browser door: MSW's service worker hands the page's requests to /api and
 * /openapi.json to the sandbox, which runs in the page. Nothing leaves the machine.
 */

const sandbox = createSandbox();
let started: Promise<void> | undefined;

/** Registers the service worker and starts answering; safe to call more than once. */
export function startBrowserSandbox(): Promise<void> {
  started ??= setupWorker(...sandboxHandlers(sandbox, location.origin))
    .start({
      serviceWorker: { url: '/mockServiceWorker.js' },
      // Everything else (the app's own files, Vite's HMR) goes to the network as usual.
      onUnhandledFrame: 'bypass',
      quiet: true,
    })
    .then(() => undefined);
  return started;
}

/** Restores the in-browser sandbox's seed data (for a "reset the sandbox" control). */
export function resetBrowserSandbox(): void {
  sandbox.reset();
}
