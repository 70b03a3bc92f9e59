import { useCallback, useEffect, useRef, useState } from 'react';
import { readBreakerStatus, transitionAnnouncement, type BreakerStatus } from './circuit-breaker-lab-model';
import { askSandbox } from './sandbox-json';
import { circuitBreakerLab } from '@messages/circuit-breaker-lab';
import { onSandboxChanged } from '../sandbox-controls/sandbox-events';

const BREAKER_PATH = '/api/v1/sandbox/circuit-breakers/payment-provider';
const POLL_MS = 1000;

/**
 * Polls the payment provider's circuit breaker once a second while the tab is visible.
 * The breaker turns half-open on its own after its cool-down, so only polling shows it.
 * `announcement` is the latest state change in words, for an aria-live region.
 */
export function useBreakerStatus() {
  const [status, setStatus] = useState<BreakerStatus | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const last = useRef<BreakerStatus | null>(null);

  const refresh = useCallback(async () => {
    try {
      const answer = await askSandbox(BREAKER_PATH);
      const next = readBreakerStatus(answer.body);
      const change = transitionAnnouncement(last.current, next);
      if (change) setAnnouncement(change);
      last.current = next;
      setStatus(next);
      setNow(Date.now());
      setError(null);
    } catch (e) {
      setError(circuitBreakerLab.breaker.readFailed(e instanceof Error ? e.message : String(e)));
    }
  }, []);

  useEffect(() => {
    let timer = 0;
    let live = true;
    const tick = async () => {
      if (!document.hidden) await refresh();
      if (live) timer = window.setTimeout(tick, POLL_MS);
    };
    void tick();
    // A reset or fast-forward from the header shows at once, not at the next poll.
    const stopListening = onSandboxChanged(() => void refresh());
    return () => {
      live = false;
      window.clearTimeout(timer);
      stopListening();
    };
  }, [refresh]);

  return { status, now, error, announcement, setAnnouncement, refresh };
}
