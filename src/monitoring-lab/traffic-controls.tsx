import { useEffect, useRef, useState } from 'react';
import { advanceClock, readPaymentFaults, setPaymentFaults } from './monitoring-api';
import { modeOf, sendTraffic, TRAFFIC_PER_SECOND, type ProviderMode, type TrafficProgress } from './traffic';

/** Seconds of traffic one click sends. */
const RUN_SECONDS = 15;

const MODES: Record<ProviderMode, { label: string; failureRate: number; latencyMs: number; says: string }> = {
  healthy: { label: 'Healthy provider', failureRate: 0, latencyMs: 0, says: 'The payment provider works again; traffic is reads only.' },
  failing: { label: 'Inject failures', failureRate: 1, latencyMs: 0, says: 'Every charge now fails: one request in four is a payment that answers 502 (then 503 once the breaker opens).' },
  slow: { label: 'Slow provider', failureRate: 0, latencyMs: 800, says: 'Every charge now waits 800 ms: one request in four is a slow payment, which lifts p95.' },
};

/**
 * Generate traffic and inject failures with the sandbox's own lab bench (chapter 7's payment
 * provider), and skip an alert's `for` wait by moving the sandbox clock.
 */
export function TrafficControls({ onChange }: { onChange: () => void }) {
  const [mode, setMode] = useState<ProviderMode>('healthy');
  const [progress, setProgress] = useState<TrafficProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  // The provider may have been broken elsewhere (the circuit-breaker lab, a Try-it): start from what it is.
  useEffect(() => {
    let live = true;
    readPaymentFaults()
      .then((faults) => live && setMode(modeOf(faults.failure_rate, faults.latency_ms)))
      .catch((e: unknown) => live && setProblem(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, []);

  async function choose(next: ProviderMode) {
    setProblem(null);
    try {
      await setPaymentFaults(MODES[next].failureRate, MODES[next].latencyMs);
      setMode(next);
      setMessage(MODES[next].says);
      onChange();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  }

  async function run() {
    abort.current = new AbortController();
    setRunning(true);
    setProblem(null);
    try {
      const done = await sendTraffic(RUN_SECONDS * TRAFFIC_PER_SECOND, mode, setProgress, abort.current.signal);
      setMessage(`Sent ${done.sent} requests.`);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
      onChange();
    }
  }

  async function skip() {
    setProblem(null);
    try {
      await advanceClock(30);
      setMessage('The sandbox clock moved 30 s forward: a violation that is still there has now lasted long enough to fire.');
      onChange();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="mon-controls">
      <div className="mon-buttons">
        <button type="button" onClick={() => void run()} disabled={running}>
          {running ? 'Sending…' : `Generate traffic (${RUN_SECONDS} s)`}
        </button>
        {running && (
          <button type="button" onClick={() => abort.current?.abort()}>
            Stop
          </button>
        )}
        <button type="button" onClick={() => void skip()}>
          Skip 30 s
        </button>
      </div>
      <div className="mon-modes" role="group" aria-label="Payment provider">
        <span className="mon-muted">Payment provider:</span>
        {(Object.keys(MODES) as ProviderMode[]).map((key) => (
          <button key={key} type="button" aria-pressed={mode === key} onClick={() => void choose(key)}>
            {MODES[key].label}
          </button>
        ))}
      </div>
      <p className="mon-note" role="status">
        {progress && (
          <span data-testid="traffic-progress">
            {progress.sent} sent ·{' '}
            {Object.entries(progress.byStatus)
              .map(([status, count]) => `${count} × ${status}`)
              .join(', ')}
            .{' '}
          </span>
        )}
        {message}
      </p>
      {problem && <p className="mon-problem">{problem}</p>}
    </div>
  );
}
