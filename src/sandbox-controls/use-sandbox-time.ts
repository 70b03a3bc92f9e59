import { useCallback, useEffect, useState } from 'react';
import { readSandboxClock, type ClockReading } from './sandbox-api';
import { onSandboxChanged } from './sandbox-events';

export interface SandboxTime {
  /** The last reading, or null before the first one came back. */
  reading: ClockReading | null;
  /** Why the clock could not be read, or null. */
  error: string | null;
  /** Real time now (Date.now()), ticking once a second while active. */
  now: number;
  /** Takes a fresh reading (or one a control call already returned). */
  update: (reading?: ClockReading) => Promise<void>;
}

/**
 * The sandbox clock while `active` (the controls are open): read once when opened, then
 * ticked locally each second; read again when anything announces a sandbox change. Closed,
 * it costs nothing: no sandbox start, no timer, no request.
 */
export function useSandboxTime(active: boolean): SandboxTime {
  const [reading, setReading] = useState<ClockReading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const update = useCallback(async (given?: ClockReading) => {
    try {
      setReading(given ?? (await readSandboxClock()));
      setNow(Date.now());
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, []);

  useEffect(() => {
    if (!active) return;
    void update();
    const timer = setInterval(() => setNow(Date.now()), 1000);
    const stop = onSandboxChanged(() => void update());
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [active, update]);

  return { reading, error, now, update };
}
