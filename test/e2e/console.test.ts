import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { curlCommand } from '../../src/console/curl';
import { launchBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const response = (page: Page) => page.getByTestId('console-response');
const history = (page: Page) => page.getByRole('region', { name: 'History' }).getByRole('listitem');

async function openConsole(page: Page) {
  await page.goto('/tools/console');
  await page.getByRole('heading', { level: 1, name: 'Request console' }).waitFor();
}

describe('the request console', () => {
  it('sends a GET and a POST with headers and body, keeps both in history, restores one, and copies it as curl', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await openConsole(page);

    // GET: the default request, with its Accept header.
    await expect.poll(() => page.getByLabel('URL', { exact: true }).inputValue()).toBe('/api/v1/users?limit=2');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => response(page).locator('.try-it-status').textContent(), { timeout: 20_000 }).toMatch(/^HTTP 200 OK · \d+ ms$/);
    expect(await response(page).locator('.try-it-body').textContent()).toContain('"id": "usr_1"');

    // POST: new method, URL, a header row edited and one added, a JSON body (checked as typed).
    await page.getByLabel('Method').selectOption('POST');
    await page.getByLabel('URL', { exact: true }).fill('/api/v1/users');
    await page.getByLabel('Header 1 name').fill('Content-Type');
    await page.getByLabel('Header 1 value').fill('application/json');
    await page.getByRole('button', { name: 'Add a header' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Header 2 name');
    await page.getByLabel('Header 2 name').fill('X-Request-Id');
    await page.getByLabel('Header 2 value').fill('console-e2e-1');
    const body = page.getByLabel('Body', { exact: true });
    await body.fill('{"name": "Grace Console",\n "email": gc@example.com}');
    await expect.poll(() => page.locator('.console-body-check').textContent()).toMatch(/^The body is not valid JSON at line 2, column 11/);
    await body.fill('{"name": "Grace Console", "email": "gc@example.com"}');
    await expect.poll(() => page.locator('.console-body-check').textContent()).toBe('Valid JSON.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => response(page).locator('.try-it-status').textContent(), { timeout: 20_000 }).toMatch(/^HTTP 201 Created/);
    expect(await response(page).locator('.try-it-headers').textContent()).toMatch(/x-request-id: console-e2e-1/i);
    expect(await response(page).locator('.try-it-body').textContent()).toContain('"name": "Grace Console"');
    await screenshot(page, 'console-post');

    // History: newest first, kept across a reload, and a click puts a request back in the form.
    await expect.poll(() => history(page).count()).toBe(2);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Request console' }).waitFor();
    await expect.poll(() => history(page).allTextContents()).toEqual([
      expect.stringMatching(/^POST\/api\/v1\/users201 · \d+ ms/),
      expect.stringMatching(/^GET\/api\/v1\/users\?limit=2200 · \d+ ms/),
    ]);
    await history(page).first().getByRole('button').click();
    expect(await page.getByLabel('Method').inputValue()).toBe('POST');
    expect(await page.getByLabel('URL', { exact: true }).inputValue()).toBe('/api/v1/users');
    expect(await page.getByLabel('Header 2 value').inputValue()).toBe('console-e2e-1');

    // Copy as curl: exactly the command the curl builder makes (its quoting is proven against a real shell in the unit tests).
    await page.getByRole('button', { name: 'Copy as curl' }).click();
    const expected = curlCommand({
      method: 'POST',
      url: '/api/v1/users',
      headers: [['Content-Type', 'application/json'], ['X-Request-Id', 'console-e2e-1']],
      body: '{"name": "Grace Console", "email": "gc@example.com"}',
    });
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    expect(await page.getByTestId('curl-command').textContent()).toBe(expected);
    expect(expected).toContain('http://127.0.0.1:4010/api/v1/users');
    await screenshot(page, 'console-curl');

    await page.setViewportSize({ width: 820, height: 1100 });
    await screenshot(page, 'console-820');

    await page.getByRole('button', { name: 'Clear history' }).click();
    await expect.poll(() => history(page).count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('workbench.console-history.v1'))).toBeNull();

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a request it cannot send and says which field to fix', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await openConsole(page);
    await page.getByLabel('URL', { exact: true }).fill('https://example.com/api');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => response(page).locator('.try-it-problems').textContent()).toMatch(/must be a path on the sandbox starting with "\/"/);
    await context.close();
  });

  it('opens a chapter’s Try-it request in the console', async () => {
    const { page, context, errors } = await openPage(browser, baseURL);
    await page.goto('/chapters/design-principles');
    const open = page.getByRole('link', { name: 'Open in console: Create a user' });
    if (process.env.SCREENSHOT_DIR) await page.getByTestId('try-it').filter({ has: open }).screenshot({ path: `${process.env.SCREENSHOT_DIR}/try-it-open-in-console.png` });
    await open.click();
    await page.getByRole('heading', { level: 1, name: 'Request console' }).waitFor();
    expect(await page.getByLabel('Method').inputValue()).toBe('POST');
    expect(await page.getByLabel('URL', { exact: true }).inputValue()).toBe('/api/v1/users');
    expect(await page.getByLabel('Header 1 name').inputValue()).toBe('Content-Type');
    expect(await page.getByLabel('Body', { exact: true }).inputValue()).toContain('Katherine Johnson');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => response(page).locator('.try-it-status').textContent(), { timeout: 20_000 }).toMatch(/^HTTP 201 Created/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
