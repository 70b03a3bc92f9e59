import { useCallback, useEffect, useRef, useState } from 'react';
import { listDeliveries, readInbox, type Delivery, type Inbox } from './lab-api';
import { onSandboxChanged } from '../sandbox-controls/sandbox-events';

/** How often the page looks at the inbox and the deliveries. Each look also lets the sandbox send retries that are due. */
const POLL_MS = 1000;

/** The inbox and the deliveries, read every second while the page is open. */
export function useLabFeed() {
  const [inbox, setInbox] = useState<Inbox | null>(null);
  const [deliveries, setDeliveries] = useState<Delivery[]>([]);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);

  const refresh = useCallback(async () => {
    try {
      const [nextInbox, nextDeliveries] = await Promise.all([readInbox(), listDeliveries()]);
      if (!live.current) return;
      setInbox(nextInbox);
      setDeliveries(nextDeliveries);
      setError(null);
    } catch (e) {
      if (live.current) setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    live.current = true;
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    // A reset or fast-forward from the header shows at once, not at the next poll.
    const stopListening = onSandboxChanged(() => void refresh());
    return () => {
      live.current = false;
      clearInterval(timer);
      stopListening();
    };
  }, [refresh]);

  return { inbox, deliveries, error, refresh };
}
