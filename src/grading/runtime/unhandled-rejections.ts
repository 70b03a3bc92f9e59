/**
 * Learner code can leave a promise rejection unhandled (a call it forgot to await).
 * Left alone, Node ends the whole process and a browser logs it to the page; either way
 * the learner learns nothing. While a check runs we listen for them, in both places,
 * and the check fails with a message that says what happened.
 */
type Stop = () => void;

function listen(onReason: (reason: unknown) => void): Stop {
  const proc = (globalThis as { process?: NodeJS.Process }).process;
  if (proc?.on) {
    const handler = (reason: unknown) => onReason(reason);
    proc.on('unhandledRejection', handler);
    return () => proc.off('unhandledRejection', handler);
  }
  const scope = globalThis as unknown as EventTarget;
  const handler = (event: Event) => {
    event.preventDefault();
    onReason((event as PromiseRejectionEvent).reason);
  };
  scope.addEventListener?.('unhandledrejection', handler);
  return () => scope.removeEventListener?.('unhandledrejection', handler);
}

/** Starts recording unhandled rejections; `finish` waits one task so late ones are seen, then stops. */
export function watchUnhandledRejections(): { finish(): Promise<unknown[]> } {
  const reasons: unknown[] = [];
  const stop = listen((reason) => reasons.push(reason));
  return {
    async finish() {
      await new Promise((resolve) => setTimeout(resolve, 0));
      stop();
      return reasons;
    },
  };
}

/** The message for a check that passed its assertions but left a rejection unhandled. */
export function unhandledRejectionMessage(reason: unknown): string {
  const detail = reason instanceof Error ? reason.message : String(reason);
  return `The code left a rejected promise unhandled ("${detail}"). Await the promise, return it, or attach a .catch(), so the error reaches the caller instead of disappearing.`;
}
