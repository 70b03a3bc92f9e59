import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the webhooks lab', () => {
  it('registers the inbox, receives a signed delivery and verifies it in the browser, retries a failure and spots a replay', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/webhooks');
    await page.getByRole('heading', { name: 'Webhooks lab', level: 1 }).waitFor();

    // Register: the secret is shown once, in Standard Webhooks form.
    await page.getByRole('button', { name: 'Register the demo inbox' }).click();
    await expect.poll(() => page.getByTestId('signing-secret').textContent(), { timeout: 20_000 }).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);

    // An order event arrives at the inbox; both the inbox and the standardwebhooks library accept it.
    await page.getByRole('button', { name: 'Place an order' }).click();
    const records = page.getByTestId('inbox-record');
    await expect.poll(() => records.count(), { timeout: 20_000 }).toBe(1);
    const first = records.first();
    expect(await first.locator('strong').textContent()).toBe('order.created');
    expect(await first.textContent()).toContain('Accepted · HTTP 200');
    const inboxChecks = await first.locator('.wh-checks > div').first().getByRole('listitem').allTextContents();
    expect(inboxChecks.map((text) => text.trim().slice(0, 1))).toEqual(['✓', '✓', '✓']);
    const verdict = await first.getByTestId('browser-verdict').getByRole('listitem').allTextContents();
    expect(verdict.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(['✓ passed: Library’s signature matches', '✓ passed: Webhook.verify() accepted it']);

    // One failure with 500: the delivery is retried after its jittered wait, with the same webhook-id.
    await page.getByLabel('Fail the next').selectOption('1');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.getByTestId('fault-state').textContent()).toMatch(/^1 more delivery fails/);
    await page.getByRole('button', { name: 'Place an order' }).click();
    const newest = page.getByTestId('delivery-row').first();
    await expect.poll(() => newest.locator('.wh-attempts li').count(), { timeout: 20_000 }).toBe(2);
    expect(await newest.locator('.wh-attempts li').allTextContents()).toEqual([
      expect.stringMatching(/^#1 .*: HTTP 500, \d+ ms, retry at /),
      expect.stringMatching(/^#2 .*: HTTP 200, \d+ ms$/),
    ]);
    const retried = (await records.allTextContents()).slice(0, 2);
    expect(retried[0]).toContain('Accepted');
    expect(retried[1]).toContain('Failed on purpose');

    // Replaying a delivered message: the inbox acknowledges it but does not process it twice.
    await newest.getByRole('button', { name: /^Replay/ }).click();
    await expect.poll(() => records.first().textContent(), { timeout: 20_000 }).toContain('Duplicate: acknowledged, not processed again');
    expect(await records.first().textContent()).toContain('Replay: this webhook-id was accepted before');

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
