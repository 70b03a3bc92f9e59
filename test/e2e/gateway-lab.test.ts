import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, pasteIntoEditor, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The observed canary share of orders-route, from the split chart's text (e.g. "10.0% / 10%"). */
async function canaryPercent(page: Page): Promise<number> {
  const text = await page.locator('[data-route="orders-route"] [data-service="order-service-canary"] .gw-split-value').textContent();
  return Number.parseFloat(text ?? 'NaN');
}

async function sendRequests(page: Page, expected: number) {
  await page.getByRole('button', { name: /^Send \d+ requests$/ }).click();
  await expect.poll(() => page.getByTestId('tally').textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^${expected} sent`));
  await page.getByRole('button', { name: /^Send \d+ requests$/ }).waitFor();
}

describe('the gateway lab', () => {
  it('shows the 90/10 split, changes it when the weights are edited and applied, and keeps serving through an invalid document', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/gateway');
    await page.getByRole('heading', { name: 'Gateway lab', level: 1 }).waitFor();
    await page.getByTestId('code-editor').locator('.view-lines').waitFor({ timeout: 30_000 });

    // The default document: about one request in ten goes to the canary.
    await sendRequests(page, 100);
    await expect.poll(() => page.locator('[data-route="orders-route"] [data-testid="stat-requests"]').textContent()).toBe('100');
    const before = await canaryPercent(page);
    expect(before).toBeGreaterThanOrEqual(3);
    expect(before).toBeLessThanOrEqual(18);
    await screenshot(page, 'gateway-lab-default');

    // Edit the weights to 50/50 and apply: the gateway reloads and the split follows.
    const document = await page.evaluate(async () => ((await (await fetch('/api/v1/sandbox/gateway/config')).json()) as { document: string }).document);
    const even = document.replace('weight: 90', 'weight: 50').replace('weight: 10', 'weight: 50');
    await pasteIntoEditor(page, even);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.getByTestId('apply-status').textContent()).toMatch(/^Reloaded at /);
    await sendRequests(page, 100);
    await expect.poll(() => page.locator('[data-route="orders-route"] [data-testid="stat-requests"]').textContent()).toBe('100');
    const after = await canaryPercent(page);
    expect(after).toBeGreaterThanOrEqual(35);
    expect(after).toBeLessThanOrEqual(65);
    expect(await page.locator('[data-route="orders-route"] [data-service="order-service-canary"] .gw-split-value').textContent()).toMatch(/ \/ 50%$/);

    // An invalid document: every problem listed with line and column; the 50/50 document keeps serving.
    const broken = even.replace('weight: 50', 'weight: 60').replace('methods: [GET]', 'methods: [GET, FETCH]');
    await pasteIntoEditor(page, broken);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.getByTestId('apply-status').textContent()).toMatch(/^Not loaded: 2 problems\. The previous document is still serving\.$/);
    const problems = await page.getByTestId('problems').getByRole('listitem').allTextContents();
    expect(problems).toEqual([
      expect.stringMatching(/^line \d+, column \d+ routes\[1\]\.traffic\.destinations the weights must add up to 100$/),
      expect.stringMatching(/^line \d+, column \d+ routes\[2\]\.methods\[1\] /),
    ]);
    await page.getByTestId('code-editor').locator('.squiggly-error').first().waitFor();
    await screenshot(page, 'gateway-lab-invalid');
    const inForce = await page.evaluate(async () => ((await (await fetch('/api/v1/sandbox/gateway/config')).json()) as { document: string }).document);
    expect(inForce).toBe(even);
    const status = await page.evaluate(async () => (await fetch('/gateway/api/v1/orders/ord_1')).status);
    expect(status).toBe(200);

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
