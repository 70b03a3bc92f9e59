import { useState } from 'react';
import { realtimeLab } from '@messages/realtime-lab';
import { failureText } from './feed-paths';
import { JSON_HEADERS } from '../explorer/sandbox-json';

const m = realtimeLab.controls;

interface OrderAction {
  name: string;
  method: string;
  href: string;
}

interface OrderState {
  id: string;
  status: string;
  actions: OrderAction[];
}


/** Sends one request and reads the answer's order (or throws with the envelope's message). */
async function orderRequest(method: string, path: string, body?: unknown): Promise<OrderState> {
  const response = await fetch(path, { method, headers: body === undefined ? {} : JSON_HEADERS, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${failureText(response.status, text)}`);
  const data = (JSON.parse(text) as { data: { id: string; status: string; _actions?: OrderAction[] } }).data;
  return { id: data.id, status: data.status, actions: data._actions ?? [] };
}

/**
 * The buttons that make things happen on the feed: place an order, follow its `pay` and
 * `ship` actions (the ones the order itself offers, HATEOAS-style), and send a courier out
 * with a shipped order. Every change is published once and reaches all four channels.
 */
export function OrderControls() {
  const [order, setOrder] = useState<OrderState | null>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function act(work: () => Promise<string>) {
    setBusy(true);
    setProblem(null);
    try {
      setNote(await work());
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const create = () =>
    act(async () => {
      const created = await orderRequest('POST', '/api/v1/orders', { user_id: 'usr_1', items: [{ product_id: 'prd_1', quantity: 1 }] });
      setOrder(created);
      return m.placed(created.id, created.status);
    });

  const follow = (name: string) =>
    act(async () => {
      if (!order) throw new Error(m.placeFirst);
      const action = order.actions.find((offered) => offered.name === name);
      if (!action) throw new Error(m.notOffered(order.id, order.status, name, order.actions.map((a) => a.name)));
      const next = await orderRequest(action.method, action.href);
      setOrder(next);
      return m.followed(name, next.id, next.status);
    });

  const courier = () =>
    act(async () => {
      const orderId = order?.status === 'shipped' ? order.id : 'ord_2';
      const response = await fetch('/api/v1/sandbox/simulate/courier', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ order_id: orderId, steps: 10, interval_seconds: 1 }) });
      const text = await response.text();
      if (!response.ok) throw new Error(`POST /api/v1/sandbox/simulate/courier: ${failureText(response.status, text)}`);
      return m.courierDriving(orderId);
    });

  const offers = (name: string) => order?.actions.some((action) => action.name === name) ?? false;

  return (
    <section className="rt-controls" aria-labelledby="rt-controls-title">
      <h2 id="rt-controls-title">{m.title}</h2>
      <div className="rt-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void create()}>
          {m.create}
        </button>
        <button type="button" disabled={busy || !offers('pay')} onClick={() => void follow('pay')}>
          {m.pay}
        </button>
        <button type="button" disabled={busy || !offers('ship')} onClick={() => void follow('ship')}>
          {m.ship}
        </button>
        <button type="button" disabled={busy} onClick={() => void courier()}>
          {m.courier}
        </button>
        <span className="muted" role="status">
          {note ?? m.idle}
        </span>
      </div>
      {problem && (
        <p className="error-box" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
