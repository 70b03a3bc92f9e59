import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const toggle = (page: Page) => page.getByRole('button', { name: 'Sandbox clock and reset' });
const drift = (page: Page) => page.getByTestId('sandbox-drift').textContent();

/** What the in-tab sandbox itself says, asked from the page like any client would. */
async function ask(page: Page, method: string, path: string): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ([m, p]) => {
      const response = await fetch(p, { method: m, headers: { Accept: 'application/json' } });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    [method, path] as const,
  );
}

async function clockOffset(page: Page): Promise<number> {
  return ((await ask(page, 'GET', '/api/v1/sandbox/clock')).body as { offset_ms: number }).offset_ms;
}

describe('the sandbox controls in the header', () => {
  it('stay closed and idle until opened, then fast-forward the clock shown and the sandbox’s own', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    const clockReads: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/sandbox/clock')) clockReads.push(request.url());
    });
    await page.goto('/');
    await toggle(page).waitFor();
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    await page.waitForTimeout(500);
    expect(clockReads).toEqual([]); // nothing read while closed

    await page.evaluate(() => {
      (window as unknown as { changes: unknown[] }).changes = [];
      window.addEventListener('sandbox:changed', (event) => (window as unknown as { changes: unknown[] }).changes.push((event as CustomEvent).detail));
    });
    await toggle(page).click();
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => drift(page), { timeout: 20_000 }).toBe('In step with real time.');
    const before = Date.parse((await page.getByTestId('sandbox-time').locator('time').getAttribute('datetime'))!);
    await screenshot(page, 'sandbox-controls-open');
    await screenshot(page, 'sandbox-controls-open-view', { fullPage: false });

    await page.getByRole('button', { name: 'Move the sandbox clock forward by 1 day' }).click();
    await expect.poll(() => drift(page)).toBe('1 day ahead of real time.');
    const after = Date.parse((await page.getByTestId('sandbox-time').locator('time').getAttribute('datetime'))!);
    expect(after - before).toBeGreaterThanOrEqual(86_400_000);
    expect(after - before).toBeLessThan(86_400_000 + 10_000);
    expect(await clockOffset(page)).toBe(86_400_000);
    expect(await page.evaluate(() => (window as unknown as { changes: unknown[] }).changes)).toEqual([{ cause: 'clock', seconds: 86_400 }]);

    await page.getByLabel('Amount').fill('90');
    await page.getByLabel('Unit').selectOption('minutes');
    await page.getByRole('button', { name: 'Move forward' }).click();
    await expect.poll(() => drift(page)).toBe('1 day 1 h ahead of real time.');
    expect(await clockOffset(page)).toBe(86_400_000 + 90 * 60_000);

    await page.getByLabel('Amount').fill('1.5');
    await page.getByRole('button', { name: 'Move forward' }).click();
    await expect.poll(() => page.locator('.sandbox-error').textContent()).toMatch(/whole number/);
    expect(await clockOffset(page)).toBe(86_400_000 + 90 * 60_000);

    await page.setViewportSize({ width: 820, height: 900 });
    await screenshot(page, 'sandbox-controls-820-view', { fullPage: false });

    await page.keyboard.press('Escape');
    expect(await toggle(page).getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Sandbox clock and reset');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reset brings the seed data and the clock back, after a confirmation', async () => {
    const { page, context, errors } = await openPage(browser, baseURL);
    await page.goto('/labs');
    await toggle(page).click();
    await expect.poll(() => drift(page), { timeout: 20_000 }).toBe('In step with real time.');
    await page.getByRole('button', { name: 'Move the sandbox clock forward by 1 h' }).click();
    await expect.poll(() => drift(page)).toBe('1 h ahead of real time.');

    expect((await ask(page, 'DELETE', '/api/v1/products/prd_2')).status).toBe(204);
    expect((await ask(page, 'GET', '/api/v1/products/prd_2')).status).toBe(404);

    await page.getByRole('button', { name: 'Reset the sandbox…' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect((await ask(page, 'GET', '/api/v1/products/prd_2')).status).toBe(404); // cancel changes nothing

    await page.getByRole('button', { name: 'Reset the sandbox…' }).click();
    await screenshot(page, 'sandbox-controls-confirm-view', { fullPage: false });
    await page.getByRole('button', { name: 'Yes, reset the sandbox' }).click();
    await expect.poll(() => page.locator('.sandbox-reset [role="status"]').textContent()).toBe('The sandbox is back to its start.');
    expect((await ask(page, 'GET', '/api/v1/products/prd_2')).status).toBe(200);
    expect(await clockOffset(page)).toBe(0);
    await expect.poll(() => drift(page)).toBe('In step with real time.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a live lab (the city) follows a reset from the header: simulation stopped, the ride under way gone', async () => {
    const { page, context, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/city');
    await page.getByRole('button', { name: 'Start simulation' }).click();
    await expect.poll(() => page.getByTestId('city-state').textContent(), { timeout: 20_000 }).toMatch(/^running/);
    await page.getByRole('button', { name: 'Request a ride (preset trip)' }).click();
    await expect.poll(() => page.getByTestId('ride-status').textContent(), { timeout: 20_000 }).toBe('matched');

    await toggle(page).click();
    await page.getByRole('button', { name: 'Reset the sandbox…' }).click();
    await page.getByRole('button', { name: 'Yes, reset the sandbox' }).click();
    await expect.poll(() => page.getByTestId('city-state').textContent()).toMatch(/^paused/);
    await expect.poll(() => page.getByTestId('ride-status').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a live page counting on the sandbox clock (the token inspector) catches up when the clock moves', async () => {
    const { page, context, errors } = await openPage(browser, baseURL);
    await page.goto('/tools/token-inspector');
    await page.getByRole('heading', { level: 1, name: 'Token inspector' }).waitFor();
    // Decoding is local, so an unsigned token with an expiry 10 minutes ahead is enough to watch the countdown.
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const exp = Math.floor(Date.now() / 1000) + 600;
    await page.getByLabel('JSON Web Token').fill(`${part({ alg: 'ES256', typ: 'at+jwt' })}.${part({ sub: 'usr_1', exp })}.c2ln`);
    await page.getByRole('button', { name: 'Inspect' }).click();
    await expect.poll(() => page.getByTestId('claim-exp-when').textContent(), { timeout: 20_000 }).toMatch(/ · expires in (9|10) min$/);

    await toggle(page).click();
    await page.getByRole('button', { name: 'Move the sandbox clock forward by 1 h' }).click();
    await expect.poll(() => page.getByTestId('claim-exp-when').textContent()).toMatch(/ · expired 5\d min ago$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
