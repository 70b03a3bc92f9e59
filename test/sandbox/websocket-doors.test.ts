import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupSandboxServer } from '../../sandbox/node';
import { startServer, type RunningServer } from '../../sandbox/server';
import { realtimeSandbox, type RealtimeSandbox } from './realtime-support';

/** Opens a WebSocket (Node 24's global one) and collects its JSON messages. */
async function openSocket(url: string) {
  const socket = new WebSocket(url);
  const messages: any[] = [];
  socket.addEventListener('message', (event) => messages.push(JSON.parse(String(event.data))));
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`Could not connect to ${url}`)), { once: true });
  });
  return { socket, messages, send: (message: unknown) => socket.send(JSON.stringify(message)) };
}

describe('the WebSocket through the HTTP door (npm run sandbox)', () => {
  let setup: RealtimeSandbox;
  let running: RunningServer;
  beforeAll(async () => {
    setup = realtimeSandbox('system');
    running = await startServer(0, setup.sandbox);
  });
  afterAll(() => running.close());

  it('upgrades /api/v1/realtime on the same port and streams events to a real WebSocket client', async () => {
    const { socket, messages, send } = await openSocket(`${running.url.replace('http', 'ws')}/api/v1/realtime`);
    await expect.poll(() => messages[0]?.type).toBe('welcome');
    send({ type: 'subscribe', id: 'a', topics: ['order.location_updated'] });
    await expect.poll(() => messages.at(-1)?.type).toBe('subscribed');
    const started = await fetch(`${running.url}/api/v1/sandbox/simulate/courier`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ order_id: 'ord_2', steps: 1, interval_seconds: 1 }),
    });
    expect(started.status).toBe(202);
    await expect.poll(() => messages.at(-1), { timeout: 3_000 }).toMatchObject({ type: 'event', event: { type: 'order.location_updated', data: { order_id: 'ord_2', step: 1 } } });
    send({ type: 'ping', id: 'p' });
    await expect.poll(() => messages.at(-1)).toMatchObject({ type: 'pong', id: 'p' });
    expect(setup.channelListeners()).toBe(1);
    socket.close();
    await expect.poll(() => setup.channelListeners()).toBe(0); // the session let go of the event log
  });

  it('answers a plain GET of the WebSocket path with 426 and the Upgrade header', async () => {
    const res = await fetch(`${running.url}/api/v1/realtime`);
    expect(res.status).toBe(426);
    expect(res.headers.get('Upgrade')).toBe('websocket');
    expect((await res.json()).error.code).toBe('upgrade_required');
  });

  it('refuses WebSocket handshakes on any other path', async () => {
    await expect(openSocket(`${running.url.replace('http', 'ws')}/api/v1/users`)).rejects.toThrow(/Could not connect/);
  });
});

describe('the WebSocket through the Node door (msw/node)', () => {
  const { server } = setupSandboxServer({ origin: 'http://localhost' });
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  it('answers in process, speaking the same protocol', async () => {
    const { socket, messages, send } = await openSocket('ws://localhost/api/v1/realtime');
    await expect.poll(() => messages[0]).toMatchObject({ type: 'welcome', protocol: 'workbench.realtime.v1' });
    send({ type: 'subscribe', id: 'in-process', topics: ['order.*'] });
    await expect.poll(() => messages.at(-1)).toMatchObject({ type: 'subscribed', id: 'in-process' });
    socket.close();
  });
});
