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

const courseMap = (page: Page) => page.getByRole('region', { name: 'Course map' });

describe('the home page', () => {
  it('says what this is, starts at chapter 1 and maps the twelve chapters with times and statuses', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Learn API design by doing' }).waitFor();
    const start = page.getByTestId('start-link');
    expect(await start.getAttribute('href')).toBe('/chapters/design-principles');
    expect(await page.getByRole('region', { name: 'Continue where you left off' }).count()).toBe(0);
    const chapters = courseMap(page).locator('.course-chapter');
    expect(await chapters.count()).toBe(12);
    expect(await page.getByTestId('chapter-1').innerText()).toMatch(/\d+ min read[\s\S]*\d+ min of exercises[\s\S]*0\/2 done/);
    expect(await page.getByTestId('status-api-audit').textContent()).toBe('Not started');
    expect(await page.getByTestId('course-overall').textContent()).toMatch(/^0 of \d+ exercises passed$/);
    expect(await courseMap(page).locator('p').first().textContent()).toMatch(/12 chapters and \d+ exercises, about \d+ h/);
    await screenshot(page, 'home-light');
    await page.setViewportSize({ width: 820, height: 1100 });
    await screenshot(page, 'home-tablet');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('marks an exercise passed on the course map once its checks pass', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/exercises/api-audit');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    await pasteIntoEditor(page, await readFile('exercises/api-audit/solution.yaml', 'utf8'));
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => page.locator('.results-summary').getAttribute('data-status'), { timeout: 20_000 }).toBe('pass');
    await page.getByRole('link', { name: 'API Design Workbench' }).click(); // back home inside the app
    await courseMap(page).waitFor();
    expect(await page.getByTestId('status-api-audit').textContent()).toBe('Passed');
    expect(await page.getByTestId('chapter-1-done').textContent()).toBe('1/2 done');
    expect(await page.getByTestId('course-overall').textContent()).toMatch(/^1 of \d+ exercises passed$/);
    await page.reload();
    expect(await page.getByTestId('status-api-audit').textContent()).toBe('Passed');
    await context.close();
  });

  it('offers to continue at the chapter section or exercise opened last', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/chapters/rest#pagination');
    await page.locator('#pagination').waitFor();
    // The place is saved a moment after the chapter opens and scrolls to the section.
    // The chapter scrolls there smoothly, so this can take a second or two.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('workbench.continue.v1')), { timeout: 10_000 })
      .toContain('"section":"pagination"');
    await page.goto('/');
    const card = page.getByRole('region', { name: 'Continue where you left off' });
    expect(await card.innerText()).toMatch(/Chapter 2: .*\n?.*“Pagination”/);
    expect(await page.getByTestId('start-link').count()).toBe(0);
    await page.getByTestId('continue-link').click();
    await expect.poll(() => page.url()).toBe(`${baseURL}/chapters/rest#pagination`);
    await expect.poll(() => page.locator('#pagination').evaluate((h) => Math.round(h.getBoundingClientRect().top)), { timeout: 10_000 }).toBeLessThan(200);

    await page.goto('/exercises/cursor-pagination');
    await page.getByTestId('section-back-link').waitFor();
    await page.goto('/');
    expect(await page.getByTestId('continue-link').getAttribute('href')).toBe('/exercises/cursor-pagination');
    await screenshot(page, 'home-continue');
    await context.close();
  });

  it('ignores a saved place that is corrupt or names a chapter that does not exist', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/');
    for (const saved of ['{not json', JSON.stringify({ kind: 'chapter', slug: 'no-such-chapter', section: null, heading: null, at: new Date().toISOString() })]) {
      await page.evaluate((value) => localStorage.setItem('workbench.continue.v1', value), saved);
      await page.reload();
      await courseMap(page).waitFor();
      expect(await page.getByTestId('continue-link').count()).toBe(0);
      expect(await page.getByTestId('start-link').count()).toBe(1);
    }
    await context.close();
  });
});

describe('chapter ends and exercise back-links', () => {
  it('ends a chapter with its exercises, its sandbox pages and the next chapter; an exercise links back to its section', async () => {
    const { page, context, errors } = await openPage(browser, baseURL);
    await page.goto('/chapters/errors');
    const end = page.locator('.chapter-end');
    await end.waitFor();
    const exercises = end.getByRole('region', { name: 'Exercises' });
    expect(await exercises.getByRole('link').allTextContents()).toEqual(['Design five error responses', 'Guard a failing dependency with a circuit breaker']);
    expect(await exercises.innerText()).toMatch(/\d+ min · \w+ · Not started/);
    const sandbox = end.getByRole('region', { name: 'In the sandbox' });
    expect(await sandbox.getByRole('link', { name: 'Circuit breaker' }).getAttribute('href')).toBe('/labs/circuit-breaker');
    expect(await sandbox.getByRole('link', { name: 'Error codes' }).getAttribute('href')).toBe('/errors');
    const nav = end.getByRole('navigation', { name: 'Chapters' });
    expect(await nav.getByRole('link', { name: /Next chapter/ }).getAttribute('href')).toBe('/chapters/advanced-patterns');
    expect(await nav.getByRole('link', { name: /Previous chapter/ }).getAttribute('href')).toBe('/chapters/auth');
    await end.scrollIntoViewIfNeeded();
    await screenshot(page, 'chapter-end', { fullPage: false });

    await exercises.getByRole('link', { name: 'Guard a failing dependency with a circuit breaker' }).click();
    const back = page.getByTestId('section-back-link');
    await back.waitFor();
    expect(await back.getAttribute('href')).toBe('/chapters/errors#circuit-breakers-failing-fast-on-purpose');
    await back.click();
    await expect.poll(() => page.locator('#circuit-breakers-failing-fast-on-purpose').evaluate((h) => Math.round(h.getBoundingClientRect().top)), { timeout: 10_000 }).toBeLessThan(200);
    expect(errors).toEqual([]);
    await context.close();
  });
});
