import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('reading chapter 1', () => {
  it('lists the chapter in the table of contents and opens it', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/');
    const link = page.getByRole('link', { name: /^1\. / });
    await link.click();
    await expect.poll(() => page.url()).toContain('/chapters/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThan(3);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sends a Try-it request to the in-browser sandbox and shows status, headers and body', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/');
    await page.getByRole('link', { name: /^1\. / }).click();
    const block = page.locator('[data-testid="try-it"]').first();
    await block.getByRole('button', { name: /^Send/ }).click();
    const response = block.locator('[data-testid="try-it-response"]');
    await expect.poll(() => response.textContent(), { timeout: 15_000 }).toMatch(/HTTP 200/);
    const text = (await response.textContent()) ?? '';
    expect(text).toMatch(/content-type: application\/json/i);
    expect(text).toMatch(/x-request-id/i);
    expect(text).toContain('"data"');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the learner edit a request before sending it', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/');
    await page.getByRole('link', { name: /^1\. / }).click();
    const block = page.locator('[data-testid="try-it"]').first();
    await block.getByLabel('URL').fill('/api/v1/users/usr_does_not_exist');
    await block.getByLabel('Method').selectOption('GET');
    await block.getByRole('button', { name: /^Send/ }).click();
    const response = block.locator('[data-testid="try-it-response"]');
    await expect.poll(() => response.textContent(), { timeout: 15_000 }).toMatch(/HTTP 404/);
    expect(await response.textContent()).toContain('resource_not_found');
    await context.close();
  });
});
