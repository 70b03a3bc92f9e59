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
const side = (page: Page, which: 'original' | 'modified') =>
  page.getByTestId('diff-view').locator(`.editor.${which} .view-lines`);
const pane = (page: Page, which: 'original' | 'modified') => page.getByTestId('diff-view').locator(`.editor.${which}`);
const text = async (page: Page, which: 'original' | 'modified') => (await side(page, which).innerText()).replace(/\u00a0/g, ' ');

describe('comparing a submission with the reference', () => {
  it('offers a side-by-side diff with the grader notes after a passing attempt', async () => {
    const { page, context, errors, foreign } = await openPage(browser, baseURL);
    await page.goto('/exercises/api-audit');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    expect(await page.getByRole('button', { name: 'Compare with the reference' }).count()).toBe(0);
    const solution = await readFile('exercises/api-audit/solution.yaml', 'utf8');
    await pasteIntoEditor(page, `# my own redesign\n${solution}`);
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('pass');

    await page.getByRole('button', { name: 'Compare with the reference' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your submission and the reference solution' });
    await dialog.waitFor();
    await side(page, 'original').waitFor();
    await side(page, 'modified').waitFor();
    expect(await text(page, 'original')).toContain('# my own redesign');
    expect(await text(page, 'modified')).not.toContain('# my own redesign');
    expect(await text(page, 'modified')).toContain('openapi:');
    // Both sides are shown next to each other at desktop width.
    const left = await pane(page, 'original').boundingBox();
    const right = await pane(page, 'modified').boundingBox();
    expect(left!.width).toBeGreaterThan(200);
    expect(right!.x).toBeGreaterThanOrEqual(left!.x + left!.width - 1);
    const notes = dialog.getByRole('complementary', { name: 'Grader notes' });
    expect(await notes.locator('.results-summary').textContent()).toMatch(/^All \d+ checks passed\.$/);
    expect(await notes.locator('.check').count()).toBeGreaterThan(3);
    await screenshot(page, 'workbench-diff-pass', { fullPage: false });
    // Read-only: typing changes neither side.
    await side(page, 'original').click();
    await page.keyboard.type('zzz');
    expect(await text(page, 'original')).not.toContain('zzz');
    // The first Escape closes Monaco's "read-only" notice that the typing raised; the second the dialog.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('offers the diff after a confirmed "show solution", with the failing checks beside it, in the dark theme', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/exercises/api-audit');
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    expect(await page.getByRole('button', { name: 'Compare with the reference' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show solution' }).click();
    const solutionDialog = page.getByRole('dialog', { name: 'Reference solution' });
    await solutionDialog.getByRole('button', { name: 'Show the solution' }).click();
    await solutionDialog.getByRole('button', { name: 'Compare with your submission' }).click();

    const dialog = page.getByRole('dialog', { name: 'Your submission and the reference solution' });
    await dialog.waitFor();
    const starter = await readFile('exercises/api-audit/starter.yaml', 'utf8');
    await side(page, 'original').waitFor();
    expect(await text(page, 'original')).toContain(starter.split('\n').find((l) => l.includes('/'))!.trim());
    const notes = dialog.getByRole('complementary', { name: 'Grader notes' });
    expect(await notes.locator('.results-summary').textContent()).toMatch(/^\d+ of \d+ checks passed\.$/);
    const firstFailure = await notes.locator('.check[data-status="fail"] .check-message').first().textContent();
    expect(firstFailure!.length).toBeGreaterThan(20);
    expect(await page.getByTestId('diff-view').locator('.editor.modified .monaco-editor').first().getAttribute('class')).toMatch(/\bvs-dark\b/);
    await screenshot(page, 'workbench-diff-solution', { fullPage: false });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    // Once the solution is shown, the comparison stays on offer in the toolbar.
    await page.getByRole('button', { name: 'Compare with the reference' }).click();
    await dialog.waitFor();
    await context.close();
  });

  it('falls back to one inline column on a tablet-width window', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto('/exercises/api-audit');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    const solution = await readFile('exercises/api-audit/solution.yaml', 'utf8');
    await pasteIntoEditor(page, `# tablet attempt\n${solution}`);
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('pass');
    await page.getByRole('button', { name: 'Compare with the reference' }).click();
    await side(page, 'modified').waitFor();
    // The diff is computed in a worker; the removed line appears once it is done.
    // Inline, a removed line is drawn inside the modified pane, between its own lines.
    await expect
      .poll(async () => (await pane(page, 'modified').locator('.view-zones').innerText()).replace(/\u00a0/g, ' '), { timeout: 10_000 })
      .toContain('# tablet attempt');
    await screenshot(page, 'workbench-diff-tablet', { fullPage: false });
    // Inline: one column; the modified pane spans the diff (side by side it would be half).
    const box = await page.getByTestId('diff-view').boundingBox();
    await expect.poll(async () => (await pane(page, 'modified').boundingBox())!.width, { timeout: 5000 }).toBeGreaterThan(box!.width * 0.8);
    await context.close();
  });
});
