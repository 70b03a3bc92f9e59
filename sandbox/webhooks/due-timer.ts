import type { Clock } from '../store/clock';

/**
 * A single timer on the sandbox clock for "the next retry is due at T". Re-arming with an
 * earlier or later time replaces the pending sleep. On the system clock it waits in real
 * time; on a manual clock the pending sleep moves the clock to T by itself, so a test that
 * waits for deliveries to settle sees the whole retry schedule play out.
 */
export function createDueTimer(clock: Clock, onDue: () => void) {
  let pending: { at: number; controller: AbortController } | undefined;

  return {
    /** Wakes `onDue` at epoch ms `at` on the sandbox clock; `undefined` stops the timer. */
    arm(at: number | undefined): void {
      if (pending?.at === at) return;
      pending?.controller.abort();
      pending = undefined;
      if (at === undefined) return;
      const controller = new AbortController();
      pending = { at, controller };
      clock.sleep(Math.max(0, at - clock.now()), controller.signal).then(
        () => {
          if (pending?.controller === controller) pending = undefined;
          onDue();
        },
        () => undefined, // aborted: a newer time took over
      );
    },
    stop(): void {
      this.arm(undefined);
    },
  };
}
