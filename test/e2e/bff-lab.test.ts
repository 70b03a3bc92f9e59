import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, pasteIntoEditor, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** "1.2 KB" or "980 B" → bytes (approximately, as shown). */
async function shownBytes(page: Page, testId: string): Promise<number> {
  const text = (await page.getByTestId(testId).textContent()) ?? '';
  const match = /([\d.]+) (KB|B)/.exec(text);
  expect(match, `${testId} shows no size: ${text}`).not.toBeNull();
  return Number(match![1]) * (match![2] === 'KB' ? 1000 : 1);
}

describe('BFF lab', () => {
  it('compares mobile, web and partner payloads and shows what parallel calls saved', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/bff');
    await page.getByRole('heading', { level: 1, name: 'BFF lab' }).waitFor();
    await page.getByRole('button', { name: 'Apply settings' }).waitFor({ timeout: 15_000 }); // the settings came from the sandbox
    await page.getByRole('button', { name: 'Send all three' }).click();

    for (const id of ['mobile', 'web', 'partner']) {
      await expect.poll(() => page.getByTestId(`${id}-status`).textContent(), { timeout: 15_000 }).toBe('200');
    }
    // The mobile payload is the small one; gzip makes each smaller still.
    const mobile = await shownBytes(page, 'mobile-raw');
    const web = await shownBytes(page, 'web-raw');
    expect(web).toBeGreaterThan(3 * mobile);
    expect(await shownBytes(page, 'web-gzip')).toBeLessThan(web);

    // Three upstream calls of 80, 120 and 100 ms: about 300 ms in a row, about 120 ms together.
    const saving = (await page.getByTestId('mobile-saving').textContent())!;
    const [, sequential, parallel] = /Sequential would take (\d+) ms, parallel took (\d+) ms\./.exec(saving)!.map(Number);
    expect(sequential).toBeGreaterThanOrEqual(295);
    expect(parallel).toBeGreaterThanOrEqual(118);
    expect(parallel).toBeLessThan(sequential! - 100);
    await expect.poll(() => page.getByRole('img', { name: /^Mobile: upstream calls took \d+ ms in parallel/ }).count()).toBe(1);
    await screenshot(page, 'bff-lab');

    // A failing product service: mobile and web degrade, the partner format is not affected (it does not call it).
    await page.getByRole('group', { name: 'Product service' }).getByRole('checkbox', { name: 'Fails' }).check();
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await expect.poll(() => page.getByTestId('mobile-degraded').textContent(), { timeout: 15_000 }).toBe('Degraded: recommendations (error)');
    await expect.poll(() => page.getByTestId('web-degraded').textContent()).toBe('Degraded: recommendations (error)');
    expect(await page.getByTestId('partner-status').textContent()).toBe('200');

    // A failing order service: the partner answer is never partial, so it is a 503.
    await page.getByRole('group', { name: 'Order service' }).getByRole('checkbox', { name: 'Fails' }).check();
    await page.getByRole('button', { name: 'Apply settings' }).click();
    await expect.poll(() => page.getByTestId('partner-status').textContent(), { timeout: 15_000 }).toBe('503');
    await expect.poll(() => page.getByTestId('mobile-degraded').textContent()).toBe('Degraded: recent_orders (error), recommendations (error)');
    await screenshot(page, 'bff-lab-degraded');
    await page.setViewportSize({ width: 700, height: 900 }); // the columns stack on a narrow screen
    await screenshot(page, 'bff-lab-narrow', { fullPage: false });

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers chapter 9’s mobile dashboard Try-it in the browser, with its Server-Timing', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/chapters/gateways-and-bffs');
    await page.getByRole('heading', { level: 1, name: 'Gateways, meshes and a backend for each frontend' }).waitFor();
    const blocks = page.locator('[data-testid="try-it"]');
    let block = null;
    for (let i = 0; i < (await blocks.count()) && !block; i++) {
      if ((await blocks.nth(i).getByLabel('URL').inputValue()) === '/api/mobile/v1/dashboard') block = blocks.nth(i);
    }
    expect(block, 'chapter 9 has a Try-it for GET /api/mobile/v1/dashboard').not.toBeNull();
    await block!.getByRole('button', { name: /^Send/ }).click();
    const response = block!.locator('[data-testid="try-it-response"]');
    await expect.poll(() => response.textContent(), { timeout: 15_000 }).toMatch(/HTTP 200/);
    expect(await response.textContent()).toMatch(/server-timing/i);
    expect(await response.textContent()).toContain('"first_name": "Ada"');
    await block!.screenshot({ path: '/tmp/bff-chapter-try-it.png' });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('grades the bff-dashboards exercise in the browser: the solution passes, the starter fails on parallel calls', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    const summary = page.locator('.results-summary');
    await page.goto('/exercises/bff-dashboards');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary.getAttribute('data-status'), { timeout: 30_000 }).toBe('fail');
    const failing = await page.locator('.check[data-status="fail"] .check-message').allTextContents();
    expect(failing.some((message) => /took 300 ms, but its slowest call takes 120 ms/.test(message))).toBe(true);

    await pasteIntoEditor(page, await readFile('exercises/bff-dashboards/solution.ts', 'utf8'));
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary.getAttribute('data-status'), { timeout: 30_000 }).toBe('pass');
    expect(await page.locator('.check[data-status="fail"]').count()).toBe(0);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
