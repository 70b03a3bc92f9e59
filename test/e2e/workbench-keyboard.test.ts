import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';
import { shortcuts } from '../../src/app/shortcuts';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const summary = (page: Page) => page.locator('.results-summary').first();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const editorHasFocus = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.closest('.monaco-editor')));
// Monaco reuses line elements, so their DOM order is not the line order: sort by position.
// It also draws spaces as no-break spaces; compare what a reader sees as plain text.
const editorLines = (page: Page) =>
  page.getByTestId('code-editor').evaluate((host) =>
    [...host.querySelectorAll<HTMLElement>('.view-lines .view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' ')),
  );

/** Replaces the editor's text with the keyboard only: focus moves there with Alt+M, then select all and paste. */
async function pasteWithKeys(page: Page, text: string) {
  if (!(await editorHasFocus(page))) await page.keyboard.press('Alt+KeyM');
  await expect.poll(() => editorHasFocus(page)).toBe(true);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  const firstLine = text.split('\n')[0]!;
  await expect.poll(async () => (await editorLines(page))[0]).toBe(firstLine);
}

describe('the workbench without a mouse', () => {
  it('runs, jumps to the failing line, moves focus both ways and reveals hints from the keyboard', async () => {
    const { page, context, errors, foreign } = await openPage(browser, baseURL);
    await page.goto('/exercises/api-audit');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();

    // A duplicate key: the error names line 4, column 3, away from where the cursor is.
    await pasteWithKeys(page, 'openapi: 3.1.0\ninfo:\n  title: Shop\n  title: Again\n  version: 1.0.0\npaths: {}\n');
    await page.keyboard.press('ControlOrMeta+Home');
    // Control+Enter runs inside the editor and does not also insert a line (Monaco's own binding for it).
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('error');
    expect(await editorLines(page)).toHaveLength(7); // six lines and the empty last one, no line added

    // Alt+J: focus the failure, and the editor cursor moves to the line and column it names.
    const named = (await page.locator('#results-error').textContent())!.match(/Line (\d+), column (\d+)/)!;
    expect(Number(named[1])).toBeGreaterThan(1);
    await page.keyboard.press('Alt+KeyJ');
    await expect.poll(() => focusedId(page)).toBe('results-error');
    await page.keyboard.press('Alt+KeyM');
    await expect.poll(() => editorHasFocus(page)).toBe(true);
    await page.keyboard.type('@@');
    // Monaco draws typed text on its next frame: wait for it rather than reading a stale view.
    await expect.poll(async () => (await editorLines(page))[Number(named[1]) - 1]!.indexOf('@@')).toBe(Number(named[2]) - 1);

    // Alt+M from the editor goes back to the task; Alt+N reveals a hint and focuses it.
    await page.keyboard.press('Alt+KeyM');
    await expect.poll(() => focusedId(page)).toBe('exercise-title');
    await page.keyboard.press('Alt+KeyN');
    await expect.poll(() => page.locator('.hints li').count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.matches('.hints li'))).toBe(true);
    await page.keyboard.press('Alt+KeyN');
    await expect.poll(() => page.locator('.hints li').count()).toBe(2);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('steps through failing checks in the order the panel shows them, wrapping at the end', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/exercises/api-audit');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    await page.keyboard.press('Alt+KeyM');
    await expect.poll(() => editorHasFocus(page)).toBe(true);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    expect(await summary(page).textContent()).toMatch(/^\d+ of \d+ checks passed\.$/);
    const failing = await page.locator('.check[data-status="fail"]').count();
    expect(failing).toBeGreaterThan(1);
    await page.keyboard.press('Alt+KeyJ');
    await expect.poll(() => focusedId(page)).toBe('check-0');
    await page.keyboard.press('Alt+KeyJ');
    await expect.poll(() => focusedId(page)).toBe('check-1');
    for (let i = 2; i <= failing; i++) await page.keyboard.press('Alt+KeyJ');
    await expect.poll(() => focusedId(page)).toBe('check-0');
    await screenshot(page, 'workbench-keyboard-failing-check', { fullPage: false });
    await context.close();
  });

  it('lists every registered shortcut in the help overlay, which closes with Escape and returns focus', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/exercises/api-audit');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    // "?" typed in the editor is text, not a command.
    await page.keyboard.press('Alt+KeyM');
    await expect.poll(() => editorHasFocus(page)).toBe(true);
    await page.keyboard.type('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await dialog.isVisible()).toBe(false);

    await page.keyboard.press('Alt+KeyM');
    await expect.poll(() => focusedId(page)).toBe('exercise-title');
    await page.keyboard.press('Shift+Slash');
    await dialog.waitFor();
    const rows = dialog.locator('tbody tr');
    expect(await rows.count()).toBe(shortcuts.length);
    for (const s of shortcuts) expect(await dialog.locator(`tr[data-shortcut="${s.id}"]`).textContent()).toContain(s.description);
    const keys = await dialog.locator('kbd').allTextContents();
    expect(keys).toEqual(expect.arrayContaining(['Ctrl+Enter', 'Alt+N', 'Alt+J', 'Alt+M', '?']));
    // The page behind the modal is inert, and Tab and Shift+Tab wrap inside the dialog.
    const inDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('dialog')));
    for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await inDialog(), `focus after ${key}`).toBe(true);
    }
    await screenshot(page, 'workbench-keyboard-help', { fullPage: false });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => focusedId(page)).toBe('exercise-title');

    // The header button opens the same overlay and announces its shortcut.
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(await button.getAttribute('aria-keyshortcuts')).toBe('?');
    expect(await page.getByRole('button', { name: 'Run tests' }).getAttribute('aria-keyshortcuts')).toBe('Control+Enter Meta+Enter');
    await button.focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Keyboard shortcuts');
    await context.close();
  });

  it('opens the help overlay with "?" on a chapter page too', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/');
    await page.locator('h1').first().waitFor();
    await page.keyboard.press('Shift+Slash');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await context.close();
  });
});
