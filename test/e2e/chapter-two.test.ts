import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchBrowser, openPage, pasteIntoEditor } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const ids = async (block: Locator) =>
  [...((await block.locator('[data-testid="try-it-response"]').textContent()) ?? '').matchAll(/"id": "([a-z]+_\d+)"/g)].map((m) => m[1]);

describe('reading chapter 2', () => {
  it('sends a paginated Try-it request, then follows its next link to the following page', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/');
    await page.getByRole('link', { name: /^2\. / }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();

    // The first Try-it block whose request asks for a bounded page with a cursor-style limit.
    const blocks = page.locator('[data-testid="try-it"]');
    const count = await blocks.count();
    let block: Locator | null = null;
    for (let i = 0; i < count && !block; i++) {
      const url = await blocks.nth(i).getByLabel('URL').inputValue();
      if (/[?&]limit=\d+/.test(url) && !/starting_after|page=/.test(url)) block = blocks.nth(i);
    }
    expect(block, 'chapter 2 has a cursor-paginated Try-it block').not.toBeNull();
    await block!.getByRole('button', { name: /^Send/ }).click();
    const response = block!.locator('[data-testid="try-it-response"]');
    await expect.poll(() => response.textContent(), { timeout: 15_000 }).toMatch(/HTTP 200/);
    const firstPage = await ids(block!);
    expect(firstPage.length).toBeGreaterThan(0);

    await block!.getByRole('button', { name: /^Follow next/ }).click();
    await expect.poll(() => block!.getByLabel('URL').inputValue()).toMatch(/starting_after=/);
    await expect.poll(async () => (await ids(block!)).join(','), { timeout: 15_000 }).not.toBe(firstPage.join(','));
    const secondPage = await ids(block!);
    expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('solves the token-bucket exercise in the editor', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/exercises/token-bucket');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    await pasteIntoEditor(page, await readFile('exercises/token-bucket/solution.ts', 'utf8'));
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => page.locator('.results-summary').getAttribute('data-status'), { timeout: 20_000 }).toBe('pass');
    expect(await page.getByTestId('exercise-status').textContent()).toBe('Passed');
    await context.close();
  });
});
