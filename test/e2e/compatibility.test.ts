import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, pasteIntoEditor, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the compatibility checker', () => {
  it('classes the preloaded examples, shows parse errors with their place, and keeps the text', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/tools/compatibility');
    await page.getByRole('heading', { level: 1, name: 'Compatibility checker' }).waitFor();

    // The page opens on the guide's split-name case: one breaking change, with the reason.
    const verdict = page.getByTestId('compat-verdict');
    await expect.poll(() => verdict.textContent()).toMatch(/^1 breaking change/);
    const first = page.locator('.compat-change').first();
    expect(await first.getAttribute('data-severity')).toBe('breaking');
    expect(await first.textContent()).toContain('A client reading name gets undefined');
    await screenshot(page, 'compatibility-json');

    await page.getByLabel('Example').selectOption({ label: 'JSON: v1 → v2, additive' });
    await expect.poll(() => verdict.textContent()).toMatch(/^Backward compatible/);
    expect(await page.locator('.compat-change[data-severity="breaking"]').count()).toBe(0);

    // A trailing comma on line 3: the error names the place, and the text stays as typed.
    const broken = '{\n  "id": "usr_123",\n}';
    const after = page.getByLabel('New response (v2)');
    await after.fill(broken);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/line 3/);
    expect(await after.inputValue()).toBe(broken);
    await page.getByRole('button', { name: /^Go to line 3/ }).click();
    expect(await after.evaluate((element: HTMLTextAreaElement) => element.selectionStart)).toBe(broken.indexOf('}'));
    expect(await page.getByTestId('compat-verdict').count()).toBe(0);

    // OpenAPI mode keeps its own texts; coming back finds the JSON exactly as it was left.
    await page.getByRole('radio', { name: 'OpenAPI document' }).check();
    await page.getByLabel('Example').selectOption({ label: 'OpenAPI: a release that breaks clients' });
    await expect.poll(() => verdict.textContent()).toMatch(/^\d+ breaking changes/);
    const changes = await page.locator('.compat-change').allTextContents();
    expect(changes.some((text) => text.includes('DELETE /users/{id} was removed'))).toBe(true);
    expect(changes.some((text) => /now also allows "pending_verification"/.test(text) && /closed enum|switch/.test(text))).toBe(true);
    await screenshot(page, 'compatibility-openapi');
    await page.getByRole('radio', { name: 'JSON response' }).check();
    expect(await page.getByLabel('New response (v2)').inputValue()).toBe(broken);

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

// The two chapter 5 and 6 exercises read headers with structured-headers and
// http-link-header: these prove the graders bundle and run in the browser worker too.
describe('the versioning and authorization exercises in the browser', () => {
  for (const id of ['version-migration', 'tenant-authorization']) {
    it(`grades the ${id} solution as passing and its starter as failing`, async () => {
      const { page, context, errors } = await openPage(browser, baseURL);
      await page.goto(`/exercises/${id}`);
      await page.getByTestId('code-editor').locator('.view-lines').waitFor();
      const summary = page.locator('.results-summary');
      await page.getByRole('button', { name: 'Run tests' }).click();
      await expect.poll(() => summary.getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
      await pasteIntoEditor(page, await readFile(`exercises/${id}/solution.ts`, 'utf8'));
      await page.getByRole('button', { name: 'Run tests' }).click();
      await expect.poll(() => summary.getAttribute('data-status'), { timeout: 20_000 }).toBe('pass');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
