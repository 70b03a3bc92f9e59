import { useCallback, useEffect, useState } from 'react';
import { sandboxNowOf } from '../sandbox-controls/sandbox-clock';
import { sendRecorded } from './http-exchange';
import { onSandboxChanged } from '../sandbox-controls/sandbox-events';

export interface SandboxClock {
  /** The sandbox's current time in whole seconds since the epoch, ticking once a second. */
  nowSeconds: number;
  /** 'sandbox' once the sandbox's clock was read; 'browser' until then, or when it cannot be. */
  source: 'sandbox' | 'browser';
  /** Reads the sandbox clock again (after the learner moved it). */
  sync: () => Promise<void>;
}

/** Ticks on the sandbox's clock: reads it once, then adds the seconds that pass in the browser. */
export function useSandboxClock(): SandboxClock {
  const [offsetMs, setOffsetMs] = useState(0);
  const [source, setSource] = useState<'sandbox' | 'browser'>('browser');
  const [tick, setTick] = useState(() => Date.now());

  const sync = useCallback(async () => {
    try {
      const { response } = await sendRecorded('GET', '/api/v1/sandbox/clock', { Accept: 'application/json' });
      const now = response.status === 200 ? sandboxNowOf(response.json) : null;
      if (now === null) return;
      setOffsetMs(now - Date.now());
      setSource('sandbox');
    } catch {
      // No sandbox clock: the browser's is the best remaining guess, and the page says which one it uses.
    }
  }, []);

  useEffect(() => {
    void sync();
    const timer = setInterval(() => setTick(Date.now()), 1000);
    // The header's sandbox controls fast-forward or reset the clock: count on the new time at once.
    const stop = onSandboxChanged(() => void sync());
    return () => {
      clearInterval(timer);
      stop();
    };
  }, [sync]);

  return { nowSeconds: Math.floor((tick + offsetMs) / 1000), source, sync };
}
