import { useEffect, useState } from 'react';
import { DeliveryTable } from './delivery-table';
import { FaultControls } from './fault-controls';
import { InboxRecordView } from './inbox-record-view';
import { clearInbox, inboxUrl, listEndpoints, payOrder, placeOrder, registerInbox, replayDelivery, rotateSecret, skipToNextRetry, type Endpoint } from './lab-api';
import { useLabFeed } from './use-lab-feed';
import './webhooks-lab.css';

/**
 * `/labs/webhooks`: register the sandbox's demo inbox as a webhook endpoint, cause order
 * events, and watch signed deliveries arrive, verified twice: by the inbox (signature,
 * timestamp tolerance, replayed ids) and here in the browser by the standardwebhooks library.
 * Inbox faults show retries with backoff, dead letters and replay.
 */
export default function WebhooksLab() {
  const { inbox, deliveries, error, refresh } = useLabFeed();
  const [endpoint, setEndpoint] = useState<Endpoint | null>(null);
  // Shown once by the API, so kept only in this page's memory: a reload forgets it, as it should.
  const [secret, setSecret] = useState<string | null>(null);
  const [orderId, setOrderId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    document.title = 'Webhooks lab · API Design Workbench';
    listEndpoints()
      .then((all) => setEndpoint(all.find((candidate) => candidate.url === inboxUrl()) ?? null))
      .catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  }, []);

  async function act(work: () => Promise<string>) {
    setBusy(true);
    setProblem(null);
    try {
      setAnnouncement(await work());
      await refresh();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const register = () =>
    act(async () => {
      const created = endpoint ? await rotateSecret(endpoint.id) : await registerInbox();
      setEndpoint(created);
      setSecret(created.secret);
      return endpoint ? `New secret for ${created.id}; the old one no longer verifies.` : `Registered ${created.id} for order.* events.`;
    });

  const order = () =>
    act(async () => {
      const id = await placeOrder();
      setOrderId(id);
      return `Placed ${id}: the sandbox publishes order.created.`;
    });

  const pay = () =>
    act(async () => {
      await payOrder(orderId!);
      setOrderId(null);
      return `Paid ${orderId}: the sandbox publishes order.paid.`;
    });

  const deadLetters = deliveries.filter((delivery) => delivery.status === 'dead_lettered').length;
  const waiting = deliveries.some((delivery) => delivery.status === 'scheduled');

  const skip = () =>
    act(async () => {
      const seconds = await skipToNextRetry(deliveries);
      return `The sandbox clock moved ${seconds} s forward; the retry goes out with the next request.`;
    });

  return (
    <div className="page wh-lab">
      <h1>Webhooks lab</h1>
      <p className="page-intro">
        The sandbox sends its order events as webhooks signed the{' '}
        <a href="https://www.standardwebhooks.com/" rel="noreferrer">
          Standard Webhooks
        </a>{' '}
        way: <code>webhook-id</code>, <code>webhook-timestamp</code> and <code>webhook-signature</code> (an HMAC-SHA256 over
        id, timestamp and body). Its demo inbox, <code>/api/v1/webhook-inbox/{'{inbox}'}</code>, receives them. Because the
        inbox is part of the sandbox, it can look up the endpoint’s secret; a real receiver keeps its own copy. Nothing leaves
        your browser.
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>

      <div className="wh-grid">
        <section className="wh-panel" aria-labelledby="wh-endpoint-title">
          <h2 id="wh-endpoint-title">1. Endpoint</h2>
          <p>
            Register <code>{inboxUrl()}</code> for <code>order.*</code>.
          </p>
          <button type="button" className="primary" disabled={busy} onClick={() => void register()}>
            {endpoint ? 'Rotate its secret' : 'Register the demo inbox'}
          </button>
          {endpoint && (
            <p>
              Registered as <code>{endpoint.id}</code>.
            </p>
          )}
          {secret ? (
            <div className="wh-secret">
              <span>Signing secret (shown once):</span>
              <output data-testid="signing-secret">{secret}</output>
              <span className="muted">This page keeps it in memory to verify deliveries; reload and it is gone.</span>
            </div>
          ) : (
            endpoint && <p className="muted">This page no longer holds the secret (the API shows it only once). Rotate it to verify deliveries here.</p>
          )}
        </section>

        <section className="wh-panel" aria-labelledby="wh-events-title">
          <h2 id="wh-events-title">2. Events and faults</h2>
          <div className="wh-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void order()}>
              Place an order
            </button>
            <button type="button" disabled={busy || !orderId} onClick={() => void pay()}>
              Pay it
            </button>
          </div>
          <FaultControls faults={inbox?.faults ?? null} onApplied={(text) => void act(async () => text)} onError={setProblem} />
        </section>
      </div>

      {(problem || error) && (
        <p className="error-box" role="alert">
          {problem ?? error}
        </p>
      )}

      <section className="wh-panel" aria-labelledby="wh-inbox-title">
        <div className="wh-section-head">
          <h2 id="wh-inbox-title">3. Inbox: {inbox?.records.length ?? 0} received</h2>
          <button type="button" disabled={busy} onClick={() => void act(async () => (await clearInbox(), 'The inbox is empty; it has forgotten every id it saw.'))}>
            Empty the inbox
          </button>
        </div>
        {inbox && inbox.records.length > 0 ? (
          <div className="wh-records">
            {inbox.records.map((record) => (
              <InboxRecordView key={record.id} record={record} secret={secret} />
            ))}
          </div>
        ) : (
          <p className="muted">Nothing received yet.</p>
        )}
      </section>

      <section className="wh-panel" aria-labelledby="wh-deliveries-title">
        <div className="wh-section-head">
          <h2 id="wh-deliveries-title">
            4. Deliveries <span className="muted">({deadLetters} dead {deadLetters === 1 ? 'letter' : 'letters'})</span>
          </h2>
          <button type="button" disabled={busy || !waiting} onClick={() => void skip()}>
            Move the sandbox clock to the next retry
          </button>
        </div>
        <DeliveryTable deliveries={deliveries} busy={busy} onReplay={(id) => void act(async () => `Replayed ${id}: ${(await replayDelivery(id)).status}.`)} />
      </section>

      <section className="wh-panel wh-explain" aria-labelledby="wh-try-title">
        <h2 id="wh-try-title">What to try</h2>
        <ol>
          <li>Register the inbox and place an order: one delivery arrives, and both the inbox and the library accept it.</li>
          <li>
            Make the inbox fail the next 2 deliveries with 500, then place an order. The sender retries after a random wait
            of up to 5 s, then up to 30 s (full jitter), with the same <code>webhook-id</code> and a fresh timestamp and
            signature each time.
          </li>
          <li>
            Choose “time out”: the inbox processes the delivery but answers after the sender stopped waiting (3 s). The retry
            arrives with the same id and is acknowledged as a duplicate, which is why receivers must remember ids.
          </li>
          <li>
            Fail 7 deliveries: after 6 attempts the delivery becomes a dead letter. The later retries wait up to an hour;
            “Move the sandbox clock to the next retry” skips ahead (the library in your browser then refuses the timestamp,
            because it reads this computer’s clock). Stop the faults and replay the dead letter. Replay a delivered one to
            watch the inbox refuse to process it twice.
          </li>
        </ol>
      </section>
    </div>
  );
}
