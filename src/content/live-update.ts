/**
 * Hot reload of chapter and exercise text in development. A compiled content module
 * accepts its own updates and announces the new version with this event; views that
 * show it listen and swap it in, so an author sees an edit without losing scroll position.
 */
export const contentUpdateEvent = 'workbench:content-update';

/** Calls `listener` with each re-compiled content module (dev only; never fires in a build). */
export function onContentUpdate(listener: (module: unknown) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<unknown>).detail);
  globalThis.addEventListener?.(contentUpdateEvent, handle);
  return () => globalThis.removeEventListener?.(contentUpdateEvent, handle);
}
