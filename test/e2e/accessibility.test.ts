/**
 * Issue 10, accessibility: axe-core on the pages a learner spends time on, in both themes;
 * every control has an accessible name; a run's results are announced.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { recordFigures } from '../support/figures';
import { blocking, controlPages, describeViolations, forceTheme, runAxe } from './a11y-support';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// The rules behind "every control has a name", as axe words them.
const nameRules = ['button-name', 'link-name', 'label', 'select-name', 'aria-input-field-name', 'aria-toggle-field-name', 'aria-command-name'];

describe('accessibility (axe-core)', () => {
  for (const theme of ['light', 'dark'] as const) {
    // The five pages issue 10 names, plus the labs index and the request console.
    for (const target of controlPages) {
      it(`has no serious or critical violations on the ${target.name} page in the ${theme} theme`, async (testContext) => {
        const { page, context, errors } = await openPage(browser, baseURL);
        await forceTheme(page, theme);
        await page.goto(target.path);
        await target.ready(page);
        const results = await runAxe(page);
        const minor = results.violations.filter((v) => !blocking([v]).length);
        // Moderate and minor findings are a figure to watch, not a gate.
        const serious = describeViolations(blocking(results.violations));
        if (minor.length) console.info(`axe ${target.name}/${theme}:\n  ${describeViolations(minor).join('\n  ')}`);
        recordFigures(testContext, { 'axe page checks': 1, 'axe moderate or minor findings': describeViolations(minor).length, 'failures found': serious.length });
        expect(serious).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      }, 60_000);
    }
  }
});

describe('editor colours', () => {
  // YAML shows few token kinds; a TypeScript file shows doc comments, keywords, types,
  // strings and template literals, each a colour that must reach 4.5:1 in both themes.
  for (const theme of ['light', 'dark'] as const) {
    it(`keeps every TypeScript token readable (colour contrast) in the ${theme} theme`, async () => {
      const { page, context } = await openPage(browser, baseURL);
      await forceTheme(page, theme);
      await page.goto('/exercises/resource-links');
      await page.getByTestId('code-editor').locator('.view-lines').waitFor({ timeout: 20_000 });
      await page.waitForTimeout(1000); // Monaco colours tokens after the first paint
      const results = await runAxe(page, { runOnly: { type: 'rule', values: ['color-contrast'] } });
      expect(describeViolations(results.violations)).toEqual([]);
      await context.close();
    }, 60_000);
  }
});

describe('every control has a name', () => {
  for (const target of controlPages) {
    it(`names every button, link, field and widget on the ${target.name} page`, async () => {
      const { page, context } = await openPage(browser, baseURL);
      await page.goto(target.path);
      await target.ready(page);
      const results = await runAxe(page, { runOnly: { type: 'rule', values: nameRules } });
      expect(describeViolations(results.violations)).toEqual([]);
      // axe skips elements it considers hidden; count what it did check, so an empty page cannot pass.
      const controls = await page.locator('button, a[href], input, select, textarea, [role=button], [role=tab], [role=switch], [role=combobox]').count();
      expect(controls).toBeGreaterThan(5);
      await context.close();
    }, 60_000);
  }
});

describe('results are announced', () => {
  it('puts the results summary of a run into a polite live region that was there before the run', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/exercises/api-audit');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor({ timeout: 20_000 });
    // A live region must exist before its text changes, or screen readers stay silent:
    // tag the region now and check the same node carries the summary after the run.
    const regions = page.locator('[aria-live="polite"], [role="status"]:not([aria-live="off"])');
    const before = await regions.evaluateAll((nodes) => {
      nodes.forEach((node, i) => ((node as HTMLElement).dataset.a11yTag = String(i)));
      return nodes.map((node) => node.textContent ?? '');
    });
    expect(before.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Run tests' }).click();
    const announced = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-a11y-tag]')]
          .filter((node) => node.isConnected)
          .map((node) => node.textContent ?? ''),
      );
    await expect.poll(announced, { timeout: 20_000 }).toContainEqual(expect.stringMatching(/\d+ of \d+ checks passed/));
    const summaryText = await page.locator('.results-summary').textContent();
    expect(await announced()).toContain(summaryText);
    await context.close();
  }, 60_000);
});
