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

const summary = (page: Page) => page.locator('.results .results-summary');
const editorText = async (page: Page) =>
  (await page.getByTestId('code-editor').locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
const marker = (page: Page, id: string) => page.evaluate((key) => localStorage.getItem(key), `workbench.run-in-flight.v1:${id}`);

describe('never re-running frozen code', () => {
  it('after a reload during a run with an endless loop, says so, keeps the text and runs nothing', async () => {
    const { page, context, errors } = await openPage(browser, baseURL);
    await page.goto('/exercises/resource-links');
    const starter = await readFile('exercises/resource-links/starter.ts', 'utf8');
    await pasteIntoEditor(page, `${starter}\nwhile (true) {}\n`);
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status')).toBe('running');
    expect(await marker(page, 'resource-links')).toMatch(/"startedAt"/);

    await page.reload();
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    const notice = page.getByTestId('unfinished-run');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toMatch(/did not finish.*not run again.*loop/s);
    await expect.poll(() => editorText(page)).toContain('while (true)');
    // Longer than the grader's time limit: had anything started a run, the summary would have moved.
    await page.waitForTimeout(6000);
    expect(await summary(page).getAttribute('data-status')).toBe('none');
    expect(await page.getByRole('button', { name: 'Run tests' }).isEnabled()).toBe(true);
    await screenshot(page, 'workbench-unfinished-run', { fullPage: false });

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(await marker(page, 'resource-links')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('clears the marker when a run finishes, so a reload shows no warning', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/exercises/api-audit');
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    expect(await marker(page, 'api-audit')).toBeNull();
    await page.reload();
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    expect(await page.getByTestId('unfinished-run').count()).toBe(0);
    await context.close();
  });

  it('shows the warning for a marker left by a crashed tab, and a new run that finishes clears it', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/exercises/api-audit');
    await page.evaluate(() =>
      localStorage.setItem('workbench.run-in-flight.v1:api-audit', JSON.stringify({ startedAt: '2026-11-24T19:00:00.000Z', textLength: 10 })),
    );
    await page.reload();
    const notice = page.getByTestId('unfinished-run');
    await notice.waitFor();
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    await expect.poll(() => notice.count()).toBe(0);
    expect(await marker(page, 'api-audit')).toBeNull();
    await context.close();
  });
});

describe('screen-reader mode', () => {
  it('is toggled in the toolbar, applied to Monaco and remembered across a reload', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/exercises/api-audit');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    const toggle = page.getByRole('button', { name: 'Screen reader mode' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    // aria-pressed mirrors what Monaco itself reports for its accessibilitySupport option.
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('workbench.editor-preferences.v1')))!)).toEqual({ screenReader: 'on' });

    await page.reload();
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Screen reader mode' }).getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'workbench-screen-reader-on', { fullPage: false });
    await page.getByRole('button', { name: 'Screen reader mode' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Screen reader mode' }).getAttribute('aria-pressed')).toBe('false');
    await page.reload();
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Screen reader mode' }).getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });
});
