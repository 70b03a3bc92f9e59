import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, pasteIntoEditor } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const summary = (page: Page) => page.locator('.results-summary');
// Monaco draws spaces as no-break spaces; compare what a reader sees as plain text.
const editorText = async (page: Page) =>
  (await page.getByTestId('code-editor').locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');

describe('the exercise workbench', () => {
  it('grades the reference solution of api-audit as passing every check', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/exercises/api-audit');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    await pasteIntoEditor(page, await readFile('exercises/api-audit/solution.yaml', 'utf8'));
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('pass');
    expect(await summary(page).textContent()).toMatch(/^All \d+ checks passed\.$/);
    expect(await page.locator('.check[data-status="fail"]').count()).toBe(0);
    expect(await page.getByTestId('exercise-status').textContent()).toBe('Passed');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fails the starter with messages, then offers the solution behind a confirmation', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/exercises/api-audit');
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    const message = await page.locator('.check[data-status="fail"] .check-message').first().textContent();
    expect(message?.length).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Show solution' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reference solution' });
    await dialog.getByRole('button', { name: 'Show the solution' }).click();
    expect(await dialog.locator('.solution-code').textContent()).toContain('openapi:');
    await context.close();
  });

  it('marks a YAML syntax error with its line in the results and the editor', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/exercises/api-audit');
    await pasteIntoEditor(page, 'openapi: 3.1.0\ninfo:\n  title: [unclosed\n');
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('error');
    expect(await page.locator('.results-error').textContent()).toMatch(/Line \d+, column \d+/);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();
    await context.close();
  });

  it('keeps the typed text after a reload, and reset to starter can be undone', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/exercises/resource-links');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    await pasteIntoEditor(page, '// my own attempt, kept across reloads\nexport const x = 1;\n');
    await expect.poll(() => editorText(page)).toContain('kept across reloads');
    await page.reload();
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    await expect.poll(() => editorText(page)).toContain('kept across reloads');

    await page.getByRole('button', { name: 'Reset to starter' }).click();
    await expect.poll(() => editorText(page)).not.toContain('kept across reloads');
    await page.getByRole('button', { name: 'Undo reset' }).click();
    await expect.poll(() => editorText(page)).toContain('kept across reloads');
    await context.close();
  });

  it('stops a submission with an endless loop while the page keeps answering', async () => {
    const { page, context, errors } = await openPage(browser, baseURL);
    await page.goto('/exercises/resource-links');
    const starter = await readFile('exercises/resource-links/starter.ts', 'utf8');
    await pasteIntoEditor(page, `${starter}\nwhile (true) {}\n`);
    await page.getByRole('button', { name: 'Run tests' }).click();
    // While the worker spins, the page still reacts to clicks.
    await page.getByRole('button', { name: /^Show hint 1/ }).click();
    await page.locator('.hints li').first().waitFor();
    expect(await summary(page).getAttribute('data-status')).toBe('running');
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('error');
    expect(await page.locator('.results-error').textContent()).toMatch(/stopped after \d+ s/i);
    await expect.poll(() => editorText(page)).toContain('while (true)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('gives TypeScript exercises their types: no false errors on the solution, a real one underlined', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/exercises/resource-links');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    await pasteIntoEditor(page, await readFile('exercises/resource-links/solution.ts', 'utf8'));
    await page.waitForTimeout(2500); // the TypeScript worker checks in the background
    expect(await page.locator('.monaco-editor .squiggly-error').count()).toBe(0);
    await pasteIntoEditor(page, 'const data: ResourceData = { id: 42 };\nexport {};\n');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 15_000 });
    await context.close();
  });
});
