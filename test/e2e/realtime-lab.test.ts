import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
const CHANNELS = ['polling', 'long-polling', 'sse', 'websocket'] as const;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The event lines ("#3 order.created ord_5 (pending)") a channel's column shows, without latencies. */
async function eventLines(page: Page, channel: string): Promise<string[]> {
  const texts = await page.getByTestId(`channel-${channel}`).locator('.rt-events li').evaluateAll((items) =>
    items.map((item) => `${item.querySelector('.rt-event-id')?.textContent} ${item.querySelector('.rt-event-text')?.textContent}`),
  );
  return texts.sort();
}

describe('real-time lab', () => {
  it('shows the same events on all four channels: polling, long polling, SSE and WebSocket', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/realtime');
    await page.getByRole('heading', { level: 1, name: 'Real-time lab' }).waitFor();
    for (const channel of CHANNELS) await page.getByTestId(`channel-${channel}`).waitFor({ timeout: 15_000 });
    // SSE and the WebSocket count their connection once it is open.
    await expect.poll(() => page.getByTestId('sse-requests').textContent(), { timeout: 10_000 }).toBe('1');
    await expect.poll(() => page.getByTestId('websocket-requests').textContent(), { timeout: 10_000 }).toBe('1');

    // Place an order, follow the pay and ship actions it offers, then send the courier out with it.
    const note = page.getByRole('status').filter({ hasText: /^(Placed|pay:|ship:|A courier)/ });
    await page.getByRole('button', { name: 'Create order' }).click();
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toMatch(/^Placed (ord_\d+) \(pending\)\.$/);
    const orderId = /ord_\d+/.exec((await note.textContent())!)![0];
    await page.getByRole('button', { name: 'Pay' }).click();
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toBe(`pay: ${orderId} is paid.`);
    await page.getByRole('button', { name: 'Ship' }).click();
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toBe(`ship: ${orderId} is shipped.`);
    await page.getByRole('button', { name: 'Run courier' }).click();
    await expect.poll(() => note.textContent(), { timeout: 10_000 }).toMatch(new RegExp(`^A courier is driving ${orderId}`));

    // Three order events and the courier's ten location updates, on every channel.
    for (const channel of CHANNELS) {
      await expect.poll(() => page.getByTestId(`${channel}-events`).textContent(), { timeout: 20_000 }).toBe('13');
    }
    const polling = await eventLines(page, 'polling');
    for (const status of ['pending', 'paid', 'shipped']) expect(polling.some((line) => line.endsWith(`${orderId} (${status})`))).toBe(true);
    expect(polling.filter((line) => line.includes(`order.location_updated ${orderId}`))).toHaveLength(10);
    for (const channel of CHANNELS.slice(1)) expect(await eventLines(page, channel)).toEqual(polling);

    // Polling paid for its latency with requests; the push channels kept one connection each.
    expect(Number(await page.getByTestId('polling-requests').textContent())).toBeGreaterThan(3);
    expect(await page.getByTestId('sse-requests').textContent()).toBe('1');
    expect(await page.getByTestId('websocket-requests').textContent()).toBe('1');

    await screenshot(page, 'realtime-lab');
    await page.setViewportSize({ width: 700, height: 900 }); // the columns stack on a narrow screen
    await screenshot(page, 'realtime-lab-narrow', { fullPage: false });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
