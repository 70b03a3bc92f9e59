import { useCallback, useEffect, useRef, useState } from 'react';
import { onSandboxChanged } from '../sandbox-controls/sandbox-events';

/**
 * Reads `load` now and every `intervalMs` while the page is open and `enabled`; keeps the
 * last good value when a read fails, with the error beside it. One read at a time: a slow
 * read is not overtaken by the next tick.
 */
export function usePoll<T>(load: () => Promise<T>, intervalMs: number, enabled = true) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);
  const busy = useRef(false);
  const loadRef = useRef(load);
  loadRef.current = load;

  const refresh = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const next = await loadRef.current();
      if (live.current) {
        setValue(next);
        setError(null);
      }
    } catch (e) {
      if (live.current) setError(e instanceof Error ? e.message : String(e));
    } finally {
      busy.current = false;
    }
  }, []);

  useEffect(() => {
    live.current = true;
    if (!enabled) return () => void (live.current = false);
    void refresh();
    const timer = setInterval(() => void refresh(), intervalMs);
    // A reset or fast-forward from the header shows at once, not at the next poll.
    const stopListening = onSandboxChanged(() => void refresh());
    return () => {
      live.current = false;
      clearInterval(timer);
      stopListening();
    };
  }, [refresh, intervalMs, enabled]);

  return { value, error, refresh };
}
