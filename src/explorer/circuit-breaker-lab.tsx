import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { statusClass, statusLine } from '../reader/try-it-request';
import { describeState, paymentLogEntry, type PaymentLogEntry } from './circuit-breaker-lab-model';
import { ProviderControls } from './provider-controls';
import { askSandbox, errorOf, JSON_HEADERS } from './sandbox-json';
import { useBreakerStatus } from './use-breaker-status';
import { circuitBreakerLab as m } from '@messages/circuit-breaker-lab';
import { richText } from '../messages/rich-text';
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
    document.title = m.documentTitle;
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
      throw new Error(m.payments.orderFailed(created.status, errorOf(created.body)?.message ?? null));
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
      if (answer.status !== 204) throw new Error(m.payments.resetFailed(answer.status));
      pendingOrder.current = null;
      setLog([]);
      setResets((n) => n + 1);
      setAnnouncement(m.payments.resetDone);
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
      <h1>{m.title}</h1>
      <p className="cb-intro">
        {richText(m.intro, {
          endpoint: <code>{'POST /api/v1/payments'}</code>,
          threshold: status?.failure_threshold ?? 5,
          status: <code>{'503'}</code>,
          chapter: <Link href="/chapters/errors#circuit-breakers-failing-fast-on-purpose">{m.chapterLink}</Link>,
        })}
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>

      <div className="cb-grid">
        <ProviderControls key={resets} onApplied={setAnnouncement} />

        <section className="cb-panel" aria-labelledby="cb-breaker-title">
          <h2 id="cb-breaker-title">{m.breaker.title}</h2>
          {error && (
            <p className="error-box" role="alert">
              {error}
            </p>
          )}
          {!status || !state ? (
            <p className="muted">{m.breaker.reading}</p>
          ) : (
            <>
              <p className={`cb-state cb-state-${state.tone}`} data-testid="breaker-state">
                <span className="cb-state-dot" aria-hidden="true" />
                {state.name}
              </p>
              <p className="cb-meaning">{state.meaning}</p>
              <dl className="cb-counters">
                <div>
                  <dt>{m.breaker.failuresInARow}</dt>
                  <dd>
                    {m.breaker.failuresOf(status.consecutive_failures, status.failure_threshold)}
                  </dd>
                </div>
                <div>
                  <dt>{m.breaker.succeeded}</dt>
                  <dd>{status.counts.success}</dd>
                </div>
                <div>
                  <dt>{m.breaker.failed}</dt>
                  <dd>{status.counts.failure}</dd>
                </div>
                <div>
                  <dt>{m.breaker.refused}</dt>
                  <dd>{status.counts.rejected}</dd>
                </div>
              </dl>
            </>
          )}
        </section>
      </div>

      <section className="cb-panel cb-payments" aria-labelledby="cb-payments-title">
        <h2 id="cb-payments-title">{m.payments.title}</h2>
        <div className="cb-actions">
          <button type="button" className="primary" disabled={running} onClick={() => void sendPayments(1)}>
            {m.payments.sendOne}
          </button>
          <button type="button" className="primary" disabled={running} onClick={() => void sendPayments(10)}>
            {m.payments.sendTen}
          </button>
          <button type="button" disabled={running} onClick={() => void resetSandbox()}>
            {m.payments.reset}
          </button>
          {running && (
            <span className="muted" role="status">
              {m.payments.sending}
            </span>
          )}
        </div>
        <p className="muted">
          {m.payments.note}
        </p>
        {problem && (
          <p className="error-box" role="alert">
            {problem}
          </p>
        )}
        <PaymentLog log={log} />
      </section>

      <section className="cb-panel cb-explain" aria-labelledby="cb-explain-title">
        <h2 id="cb-explain-title">{m.whatToTry.title}</h2>
        <ol>
          <li>
            {richText(m.whatToTry.down, {
              preset: <strong>{m.provider.presetNames.down}</strong>,
              badGateway: <code>{'502'}</code>,
              unavailable: <code>{'503'}</code>,
            })}
          </li>
          <li>
            {richText(m.whatToTry.healthy, { preset: <strong>{m.provider.presetNames.healthy}</strong> })}
          </li>
          <li>
            {richText(m.whatToTry.tooSlow, { preset: <strong>{m.provider.presetNames.tooSlow}</strong>, timeout: <code>{'504'}</code> })}
          </li>
          <li>
            {richText(m.whatToTry.flaky, { preset: <strong>{m.provider.presetNames.flaky}</strong> })}
          </li>
        </ol>
      </section>
    </div>
  );
}

function PaymentLog({ log }: { log: PaymentLogEntry[] }) {
  if (log.length === 0) return <p className="muted">{m.payments.none}</p>;
  return (
    <div className="cb-log">
      <table>
        <caption>{m.payments.lastResponses(Math.min(log.length, LOG_SIZE))}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{m.payments.columns.status}</th>
            <th scope="col">{m.payments.columns.result}</th>
            <th scope="col">{m.payments.columns.time}</th>
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
              <td>{m.payments.ms(entry.ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function summary(results: PaymentLogEntry[]): string {
  const count = (test: (e: PaymentLogEntry) => boolean) => results.filter(test).length;
  return m.payments.summary(results.length, count((e) => e.status === 201), count((e) => e.status === 502 || e.status === 504), count((e) => e.status === 503));
}
