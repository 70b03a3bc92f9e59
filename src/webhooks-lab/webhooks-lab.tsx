import { useEffect, useState } from 'react';
import { webhooksLab as m } from '@messages/webhooks-lab';
import { richText } from '../messages/rich-text';
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
    document.title = m.documentTitle;
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
      return endpoint ? m.endpoint.rotated(created.id) : m.endpoint.registered(created.id);
    });

  const order = () =>
    act(async () => {
      const id = await placeOrder();
      setOrderId(id);
      return m.events.placed(id);
    });

  const pay = () =>
    act(async () => {
      await payOrder(orderId!);
      setOrderId(null);
      return m.events.paid(orderId);
    });

  const deadLetters = deliveries.filter((delivery) => delivery.status === 'dead_lettered').length;
  const waiting = deliveries.some((delivery) => delivery.status === 'scheduled');

  const skip = () =>
    act(async () => {
      const seconds = await skipToNextRetry(deliveries);
      return m.deliveries.skipped(seconds);
    });

  return (
    <div className="page wh-lab">
      <h1>{m.title}</h1>
      <p className="page-intro">
        {richText(m.intro, {
          standard: (
            <a href="https://www.standardwebhooks.com/" rel="noreferrer">
              {m.standardLink}
            </a>
          ),
          id: <code>{'webhook-id'}</code>,
          timestamp: <code>{'webhook-timestamp'}</code>,
          signature: <code>{'webhook-signature'}</code>,
          inbox: <code>{'/api/v1/webhook-inbox/{inbox}'}</code>,
        })}
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>

      <div className="wh-grid">
        <section className="wh-panel" aria-labelledby="wh-endpoint-title">
          <h2 id="wh-endpoint-title">{m.endpoint.title}</h2>
          <p>{richText(m.endpoint.register, { url: <code>{inboxUrl()}</code>, events: <code>{'order.*'}</code> })}</p>
          <button type="button" className="primary" disabled={busy} onClick={() => void register()}>
            {endpoint ? m.endpoint.rotate : m.endpoint.registerInbox}
          </button>
          {endpoint && (
            <p>{richText(m.endpoint.registeredAs, { id: <code>{endpoint.id}</code> })}</p>
          )}
          {secret ? (
            <div className="wh-secret">
              <span>{m.endpoint.secretLabel}</span>
              <output data-testid="signing-secret">{secret}</output>
              <span className="muted">{m.endpoint.secretKept}</span>
            </div>
          ) : (
            endpoint && <p className="muted">{m.endpoint.secretGone}</p>
          )}
        </section>

        <section className="wh-panel" aria-labelledby="wh-events-title">
          <h2 id="wh-events-title">{m.events.title}</h2>
          <div className="wh-actions">
            <button type="button" className="primary" disabled={busy} onClick={() => void order()}>
              {m.events.placeOrder}
            </button>
            <button type="button" disabled={busy || !orderId} onClick={() => void pay()}>
              {m.events.pay}
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
          <h2 id="wh-inbox-title">{m.inbox.title(inbox?.records.length ?? 0)}</h2>
          <button type="button" disabled={busy} onClick={() => void act(async () => (await clearInbox(), m.inbox.emptied))}>
            {m.inbox.empty}
          </button>
        </div>
        {inbox && inbox.records.length > 0 ? (
          <div className="wh-records">
            {inbox.records.map((record) => (
              <InboxRecordView key={record.id} record={record} secret={secret} />
            ))}
          </div>
        ) : (
          <p className="muted">{m.inbox.nothing}</p>
        )}
      </section>

      <section className="wh-panel" aria-labelledby="wh-deliveries-title">
        <div className="wh-section-head">
          <h2 id="wh-deliveries-title">
            {m.deliveries.title} <span className="muted">{m.deliveries.deadLetters(deadLetters)}</span>
          </h2>
          <button type="button" disabled={busy || !waiting} onClick={() => void skip()}>
            {m.deliveries.skip}
          </button>
        </div>
        <DeliveryTable deliveries={deliveries} busy={busy} onReplay={(id) => void act(async () => m.deliveries.replayed(id, (await replayDelivery(id)).status))} />
      </section>

      <section className="wh-panel wh-explain" aria-labelledby="wh-try-title">
        <h2 id="wh-try-title">{m.tryTitle}</h2>
        <ol>
          <li>{m.tries.first}</li>
          <li>{richText(m.tries.fail, { id: <code>{'webhook-id'}</code> })}</li>
          <li>{m.tries.timeout}</li>
          <li>{m.tries.deadLetter}</li>
        </ol>
      </section>
    </div>
  );
}
