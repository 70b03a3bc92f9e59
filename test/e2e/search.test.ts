import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const box = (page: Page) => page.getByRole('combobox', { name: 'Search chapters, exercises and endpoints' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Search results' }).getByRole('option');

/** Presses "/" from the page, types the query and waits for the results to settle. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator('body').press('/'); // keyboard only: "/" focuses the box
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
  await page.keyboard.type(query);
  await expect.poll(() => options(page).count(), { timeout: 30_000 }).toBeGreaterThan(0);
}

describe('search', () => {
  it('finds a chapter heading and opens it with the keyboard', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await searchFor(page, 'token bucket');
    expect(await box(page).getAttribute('aria-expanded')).toBe('true');
    const first = options(page).first();
    expect(await first.getAttribute('aria-selected')).toBe('true');
    expect(await box(page).getAttribute('aria-activedescendant')).toBe(await first.getAttribute('id'));
    expect(await first.innerText()).toMatch(/Section[\s\S]*Rate limiting with a token bucket/i);
    await screenshot(page, 'search-results');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${baseURL}/chapters/rest#rate-limiting-with-a-token-bucket`);
    await expect.poll(() => page.locator('#rate-limiting-with-a-token-bucket').evaluate((h) => Math.round(h.getBoundingClientRect().top)), { timeout: 10_000 }).toBeLessThan(200);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves through results with the arrow keys and opens an exercise', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await searchFor(page, 'rate-limit with a token bucket');
    const titles = await options(page).allInnerTexts();
    const at = titles.findIndex((t) => /^Exercise\s/i.test(t) && t.includes('Rate-limit with a token bucket'));
    expect(at).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    expect(await options(page).nth(at).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${baseURL}/exercises/token-bucket`);
    await page.getByRole('heading', { level: 1, name: 'Rate-limit with a token bucket' }).waitFor();
    await context.close();
  });

  it('finds a sandbox endpoint by method and path and opens its place in the API reference', async () => {
    const { page, context, foreign } = await openPage(browser, baseURL);
    await page.goto('/chapters/rest');
    await page.locator('.chapter').waitFor();
    await searchFor(page, 'POST /api/v1/users');
    const first = options(page).first();
    expect(await first.innerText()).toMatch(/Endpoint[\s\S]*Create a user[\s\S]*POST \/api\/v1\/users/i);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${baseURL}/reference#tag/users/POST/api/v1/users`);
    // Scalar scrolls to the operation the anchor names.
    const heading = page.getByTestId('api-reference').getByRole('heading', { name: 'Create a user' }).first();
    await heading.waitFor({ timeout: 30_000 });
    await expect.poll(() => heading.evaluate((h) => Math.round(h.getBoundingClientRect().top)), { timeout: 15_000 }).toBeLessThan(400);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('says when nothing matches, and Escape closes the list', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('body').press('/');
    await page.keyboard.type('zzqxv');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Nothing matches' }).count(), { timeout: 30_000 }).toBe(1);
    await page.keyboard.press('Escape');
    expect(await box(page).getAttribute('aria-expanded')).toBe('false');
    await context.close();
  });
});
