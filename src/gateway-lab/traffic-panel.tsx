import { useState } from 'react';
import { gatewayLab } from '@messages/gateway-lab';
import type { GatewayRouteView } from './lab-api';
import { sendTraffic, type TrafficTally } from './traffic-generator';

export interface TrafficPanelProps {
  routes: GatewayRouteView[];
  /** Called after each run, so the stats catch up at once. */
  onBatchDone(): void;
}

const m = gatewayLab.traffic;
const COUNTS = [10, 100, 500];

/** Pick a path through the gateway and a number of requests; shows what the run got back. */
export function TrafficPanel({ routes, onBatchDone }: TrafficPanelProps) {
  const [path, setPath] = useState('/gateway/api/v1/orders/ord_1');
  const [count, setCount] = useState(100);
  const [tally, setTally] = useState<TrafficTally | null>(null);
  const [running, setRunning] = useState(false);
  const suggestions = routes.flatMap((route) => route.paths);

  async function run() {
    setRunning(true);
    try {
      setTally(await sendTraffic(path, count, setTally));
    } finally {
      setRunning(false);
      onBatchDone();
    }
  }

  return (
    <div className="gw-traffic">
      <div className="gw-form">
        <label>
          {m.path} <input value={path} onChange={(event) => setPath(event.target.value)} list="gw-paths" spellCheck={false} />
        </label>
        <datalist id="gw-paths">
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
        <label>
          {m.requests}{' '}
          <select value={count} onChange={(event) => setCount(Number(event.target.value))}>
            {COUNTS.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" disabled={running || !path.startsWith('/gateway')} onClick={() => void run()}>
          {running ? m.sending : m.send(count)}
        </button>
      </div>
      {tally && (
        <p className="gw-tally" data-testid="tally" aria-live="polite">
          {m.tally(
            tally.sent,
            tally.elapsedMs,
            Object.entries(tally.byUpstream)
              .map(([name, n]) => `${name} ${n}`)
              .join(', '),
            Object.entries(tally.byStatus)
              .map(([status, n]) => `${status} × ${n}`)
              .join(', '),
          )}
        </p>
      )}
    </div>
  );
}
