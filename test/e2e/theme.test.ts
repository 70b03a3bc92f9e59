import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const themeButton = (page: Page, name: string) => page.getByRole('group', { name: 'Colour theme' }).getByRole('button', { name, exact: true });
const htmlTheme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? 'system');
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('the theme toggle', () => {
  it('switches to dark, stays dark after a reload, and Monaco and Scalar follow live', async () => {
    const { page, context, errors } = await openPage(browser, baseURL);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    expect(await themeButton(page, 'System').getAttribute('aria-pressed')).toBe('true');
    const light = await background(page);
    await themeButton(page, 'Dark').click();
    expect(await htmlTheme(page)).toBe('dark');
    expect(await background(page)).not.toBe(light);
    await page.reload();
    expect(await htmlTheme(page)).toBe('dark'); // applied before the first render, from storage
    expect(await themeButton(page, 'Dark').getAttribute('aria-pressed')).toBe('true');
    await screenshot(page, 'home-dark');
    await page.setViewportSize({ width: 820, height: 1100 });
    await screenshot(page, 'home-dark-tablet');
    await page.setViewportSize({ width: 1280, height: 860 });

    await page.goto('/exercises/api-audit');
    const editor = page.getByTestId('code-editor').locator('.monaco-editor').first();
    await editor.waitFor();
    await expect.poll(() => editor.getAttribute('class'), { timeout: 10_000 }).toMatch(/\bvs-dark\b/);
    await themeButton(page, 'Light').click();
    await expect.poll(() => editor.getAttribute('class'), { timeout: 10_000 }).toMatch(/\bvs\b(?!-dark)/);
    await themeButton(page, 'Dark').click();
    await expect.poll(() => editor.getAttribute('class'), { timeout: 10_000 }).toMatch(/\bvs-dark\b/);

    await page.goto('/reference');
    await page.getByTestId('api-reference').waitFor();
    const scalarDark = () => page.evaluate(() => document.querySelector('.dark-mode') !== null && document.querySelector('.light-mode') === null);
    await expect.poll(scalarDark, { timeout: 30_000 }).toBe(true);
    await themeButton(page, 'Light').click();
    await expect.poll(scalarDark, { timeout: 15_000 }).toBe(false);
    await expect.poll(() => page.evaluate(() => document.querySelector('.light-mode') !== null), { timeout: 15_000 }).toBe(true);

    await themeButton(page, 'System').click();
    expect(await htmlTheme(page)).toBe('system');
    expect(await page.evaluate(() => localStorage.getItem('workbench.theme.v1'))).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
