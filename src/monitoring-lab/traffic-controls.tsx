import { useEffect, useRef, useState } from 'react';
import { monitoringLab } from '@messages/monitoring-lab';
import { advanceClock, readPaymentFaults, setPaymentFaults } from './monitoring-api';
import { modeOf, sendTraffic, TRAFFIC_PER_SECOND, type ProviderMode, type TrafficProgress } from './traffic';

/** Seconds of traffic one click sends. */
const RUN_SECONDS = 15;

const m = monitoringLab.traffic;

const MODES: Record<ProviderMode, { label: string; failureRate: number; latencyMs: number; says: string }> = {
  healthy: { ...m.modes.healthy, failureRate: 0, latencyMs: 0 },
  failing: { ...m.modes.failing, failureRate: 1, latencyMs: 0 },
  slow: { ...m.modes.slow, failureRate: 0, latencyMs: 800 },
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
      setMessage(m.sent(done.sent));
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
      setMessage(m.skipped);
      onChange();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="mon-controls">
      <div className="mon-buttons">
        <button type="button" onClick={() => void run()} disabled={running}>
          {running ? m.sending : m.generate(RUN_SECONDS)}
        </button>
        {running && (
          <button type="button" onClick={() => abort.current?.abort()}>
            {m.stop}
          </button>
        )}
        <button type="button" onClick={() => void skip()}>
          {m.skip}
        </button>
      </div>
      <div className="mon-modes" role="group" aria-label={m.provider}>
        <span className="mon-muted">{m.providerLabel}</span>
        {(Object.keys(MODES) as ProviderMode[]).map((key) => (
          <button key={key} type="button" aria-pressed={mode === key} onClick={() => void choose(key)}>
            {MODES[key].label}
          </button>
        ))}
      </div>
      <p className="mon-note" role="status">
        {progress && (
          <span data-testid="traffic-progress">
            {m.progress(
              progress.sent,
              Object.entries(progress.byStatus)
                .map(([status, count]) => `${count} × ${status}`)
                .join(', '),
            )}
          </span>
        )}
        {message}
      </p>
      {problem && <p className="mon-problem">{problem}</p>}
    </div>
  );
}
