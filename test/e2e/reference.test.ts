import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the API reference page', () => {
  it('renders the sandbox OpenAPI document with Scalar and asks no other host for anything', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/reference');
    await page.getByTestId('api-reference').waitFor();
    await expect
      .poll(() => page.getByTestId('api-reference').innerText(), { timeout: 30_000 })
      .toMatch(/\/api\/v1\/users/);
    await page.waitForTimeout(1500); // give late font or telemetry requests the chance to show up
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('"Test request" on the API reference page', () => {
  it('sends the pre-filled request to the in-browser sandbox and gets 200 OK', async () => {
    const { page, context, foreign } = await openPage(browser, baseURL);
    await page.goto('/reference');
    await page.getByText('List users').first().click({ timeout: 30_000 });
    await page.getByRole('button', { name: /test request/i }).first().click();
    const send = page.getByRole('button', { name: /^Send .*request to/i }).first();
    expect(await send.textContent()).not.toMatch(/[^:]\/\/api/);
    await send.click();
    await expect.poll(() => page.getByText(/^\s*200 OK\s*$/).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
