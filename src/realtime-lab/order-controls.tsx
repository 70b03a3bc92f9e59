import { useState } from 'react';
import { failureText } from './feed-paths';
import { JSON_HEADERS } from '../explorer/sandbox-json';

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
      return `Placed ${created.id} (${created.status}).`;
    });

  const follow = (name: string) =>
    act(async () => {
      if (!order) throw new Error('Place an order first.');
      const action = order.actions.find((offered) => offered.name === name);
      if (!action) throw new Error(`${order.id} is ${order.status} and does not offer "${name}" (its _actions: ${order.actions.map((a) => a.name).join(', ') || 'none'}).`);
      const next = await orderRequest(action.method, action.href);
      setOrder(next);
      return `${name}: ${next.id} is ${next.status}.`;
    });

  const courier = () =>
    act(async () => {
      const orderId = order?.status === 'shipped' ? order.id : 'ord_2';
      const response = await fetch('/api/v1/sandbox/simulate/courier', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ order_id: orderId, steps: 10, interval_seconds: 1 }) });
      const text = await response.text();
      if (!response.ok) throw new Error(`POST /api/v1/sandbox/simulate/courier: ${failureText(response.status, text)}`);
      return `A courier is driving ${orderId}: 10 location updates, one a second.`;
    });

  const offers = (name: string) => order?.actions.some((action) => action.name === name) ?? false;

  return (
    <section className="rt-controls" aria-labelledby="rt-controls-title">
      <h2 id="rt-controls-title">Make something happen</h2>
      <div className="rt-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void create()}>
          Create order
        </button>
        <button type="button" disabled={busy || !offers('pay')} onClick={() => void follow('pay')}>
          Pay
        </button>
        <button type="button" disabled={busy || !offers('ship')} onClick={() => void follow('ship')}>
          Ship
        </button>
        <button type="button" disabled={busy} onClick={() => void courier()}>
          Run courier
        </button>
        <span className="muted" role="status">
          {note ?? 'Each button sends one request; watch the same event arrive in every column.'}
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
