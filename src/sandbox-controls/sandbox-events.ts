/**
 * One window event, `sandbox:changed`, that says "the in-tab sandbox's state moved under
 * you": its clock was fast-forwarded or it was reset. The header's sandbox controls send
 * it; a live page (a lab showing expiry times, lists, a countdown) listens and reads the
 * sandbox again instead of polling for a change that rarely happens.
 *
 * @example
 * useEffect(() => onSandboxChanged(() => void reload()), [reload]);
 */

/** The event's name on `window`. */
export const SANDBOX_CHANGED = 'sandbox:changed';

/** What changed: the clock moved (by `seconds`), or everything went back to the start. */
export type SandboxChange = { cause: 'clock'; seconds: number } | { cause: 'reset' };

/** Tells every listener in this tab that the sandbox changed. */
export function announceSandboxChanged(change: SandboxChange): void {
  window.dispatchEvent(new CustomEvent<SandboxChange>(SANDBOX_CHANGED, { detail: change }));
}

/** Calls `listener` on every change; returns the function that stops listening (an effect's cleanup). */
export function onSandboxChanged(listener: (change: SandboxChange) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<SandboxChange>).detail);
  window.addEventListener(SANDBOX_CHANGED, handle);
  return () => window.removeEventListener(SANDBOX_CHANGED, handle);
}
