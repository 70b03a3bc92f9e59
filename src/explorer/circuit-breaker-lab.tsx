import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { statusClass, statusLine } from '../reader/try-it-request';
import { describeState, paymentLogEntry, type PaymentLogEntry } from './circuit-breaker-lab-model';
import { ProviderControls } from './provider-controls';
import { askSandbox, errorOf, JSON_HEADERS } from './sandbox-json';
import { useBreakerStatus } from './use-breaker-status';
import './circuit-breaker-lab.css';

const LOG_SIZE = 20;

/**
 * `/labs/circuit-breaker`: make the payment provider fail or stall, send payments, and
 * watch the breaker in front of it close, open and half-open. Everything goes through
 * the sandbox's own routes, so what the lab shows is what any client would see.
 */
export default function CircuitBreakerLab() {
  const { status, now, error, announcement, setAnnouncement, refresh } = useBreakerStatus();
  const [log, setLog] = useState<PaymentLogEntry[]>([]);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [resets, setResets] = useState(0);
  // A pending order to pay. A failed payment leaves it pending, so it is reused until one succeeds.
  const pendingOrder = useRef<string | null>(null);
  const sent = useRef(0);
  const live = useRef(true);

  useEffect(() => {
    document.title = 'Circuit-breaker lab · API Design Workbench';
    return () => {
      live.current = false;
    };
  }, []);

  async function orderToPay(): Promise<string> {
    if (pendingOrder.current) return pendingOrder.current;
    const created = await askSandbox('/api/v1/orders', {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({ user_id: 'usr_1', items: [{ product_id: 'prd_2', quantity: 1 }] }),
    });
    const id = (created.body as { data?: { id?: unknown } } | null)?.data?.id;
    if (created.status !== 201 || typeof id !== 'string') {
      throw new Error(`Creating an order to pay answered HTTP ${created.status}${errorOf(created.body) ? `: ${errorOf(created.body)!.message}` : '.'}`);
    }
    pendingOrder.current = id;
    return id;
  }

  async function payOnce(): Promise<PaymentLogEntry> {
    const orderId = await orderToPay();
    const answer = await askSandbox('/api/v1/payments', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ order_id: orderId }) });
    if (answer.status === 201 || errorOf(answer.body)?.code === 'order_not_payable') pendingOrder.current = null;
    sent.current += 1;
    const entry = paymentLogEntry(sent.current, answer);
    if (live.current) setLog((current) => [entry, ...current].slice(0, LOG_SIZE));
    await refresh();
    return entry;
  }

  async function sendPayments(count: number) {
    setRunning(true);
    setProblem(null);
    const results: PaymentLogEntry[] = [];
    try {
      // One after another, as a client would retry: the log shows when the breaker starts answering at once.
      for (let i = 0; i < count && live.current; i++) results.push(await payOnce());
      if (count > 1) setAnnouncement(summary(results));
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      if (live.current) setRunning(false);
    }
  }

  async function resetSandbox() {
    setRunning(true);
    try {
      const answer = await askSandbox('/api/v1/sandbox/reset', { method: 'POST' });
      if (answer.status !== 204) throw new Error(`POST /api/v1/sandbox/reset answered HTTP ${answer.status}.`);
      pendingOrder.current = null;
      setLog([]);
      setResets((n) => n + 1);
      setAnnouncement('The sandbox was reset: the breaker is closed and the provider healthy.');
      await refresh();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setRunning(false);
    }
  }

  const state = status ? describeState(status, now) : null;

  return (
    <div className="page cb-lab">
      <h1>Circuit-breaker lab</h1>
      <p className="cb-intro">
        <code>POST /api/v1/payments</code> calls a payment provider through a circuit breaker. After{' '}
        {status?.failure_threshold ?? 5} failures in a row the breaker opens: payments are refused at once with{' '}
        <code>503</code> instead of waiting on a provider that is down. After 30 seconds it lets one trial payment
        through. Make the provider fail, send payments, and watch. <Link href="/chapters/errors#circuit-breakers-failing-fast-on-purpose">Chapter 7</Link>{' '}
        explains the pattern.
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>

      <div className="cb-grid">
        <ProviderControls key={resets} onApplied={setAnnouncement} />

        <section className="cb-panel" aria-labelledby="cb-breaker-title">
          <h2 id="cb-breaker-title">Circuit breaker</h2>
          {error && (
            <p className="error-box" role="alert">
              {error}
            </p>
          )}
          {!status || !state ? (
            <p className="muted">Reading the breaker…</p>
          ) : (
            <>
              <p className={`cb-state cb-state-${state.tone}`} data-testid="breaker-state">
                <span className="cb-state-dot" aria-hidden="true" />
                {state.name}
              </p>
              <p className="cb-meaning">{state.meaning}</p>
              <dl className="cb-counters">
                <div>
                  <dt>Failures in a row</dt>
                  <dd>
                    {status.consecutive_failures} of {status.failure_threshold}
                  </dd>
                </div>
                <div>
                  <dt>Succeeded</dt>
                  <dd>{status.counts.success}</dd>
                </div>
                <div>
                  <dt>Failed</dt>
                  <dd>{status.counts.failure}</dd>
                </div>
                <div>
                  <dt>Refused by the breaker</dt>
                  <dd>{status.counts.rejected}</dd>
                </div>
              </dl>
            </>
          )}
        </section>
      </div>

      <section className="cb-panel cb-payments" aria-labelledby="cb-payments-title">
        <h2 id="cb-payments-title">Payments</h2>
        <div className="cb-actions">
          <button type="button" className="primary" disabled={running} onClick={() => void sendPayments(1)}>
            Send 1 payment
          </button>
          <button type="button" className="primary" disabled={running} onClick={() => void sendPayments(10)}>
            Send 10 payments
          </button>
          <button type="button" disabled={running} onClick={() => void resetSandbox()}>
            Reset the sandbox
          </button>
          {running && (
            <span className="muted" role="status">
              Sending…
            </span>
          )}
        </div>
        <p className="muted">
          Each payment pays a pending order of Ada Lovelace’s, created for the purpose; a failed payment leaves it
          pending for the next try. Reset puts back all sample data, the rate limits, the breaker and the provider.
        </p>
        {problem && (
          <p className="error-box" role="alert">
            {problem}
          </p>
        )}
        <PaymentLog log={log} />
      </section>

      <section className="cb-panel cb-explain" aria-labelledby="cb-explain-title">
        <h2 id="cb-explain-title">What to try</h2>
        <ol>
          <li>
            Choose <strong>Down</strong> and send 10 payments. The first five reach the provider and fail with{' '}
            <code>502</code>, each taking the provider’s latency. Then the breaker opens, and the rest are refused with{' '}
            <code>503</code> in a few milliseconds: the provider is not called at all.
          </li>
          <li>
            Choose <strong>Healthy</strong> and wait for the breaker to turn half-open (30 s). Send one payment: the trial
            succeeds and the breaker closes.
          </li>
          <li>
            Choose <strong>Too slow</strong>: each call is abandoned after 1 second with <code>504</code>, and timeouts
            count as failures too. A breaker protects your own threads from a slow dependency as much as from a broken one.
          </li>
          <li>
            Choose <strong>Flaky</strong>: failures have to come five in a row to open the breaker, so a service that
            fails half the time may keep it closed. That is the trade-off of a consecutive-failure threshold.
          </li>
        </ol>
      </section>
    </div>
  );
}

function PaymentLog({ log }: { log: PaymentLogEntry[] }) {
  if (log.length === 0) return <p className="muted">No payments sent yet.</p>;
  return (
    <div className="cb-log">
      <table>
        <caption>Last {Math.min(log.length, LOG_SIZE)} responses, newest first</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Status</th>
            <th scope="col">Code or payment</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {log.map((entry) => (
            <tr key={entry.n}>
              <td>{entry.n}</td>
              <td className={`status-${statusClass(entry.status)}`}>{statusLine(entry.status).replace(/^HTTP /, '')}</td>
              <td>
                <code>{entry.result}</code>
              </td>
              <td>{entry.ms} ms</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function summary(results: PaymentLogEntry[]): string {
  const count = (test: (e: PaymentLogEntry) => boolean) => results.filter(test).length;
  return `${results.length} payments sent: ${count((e) => e.status === 201)} paid, ${count((e) => e.status === 502 || e.status === 504)} failed at the provider, ${count((e) => e.status === 503)} refused by the breaker.`;
}
