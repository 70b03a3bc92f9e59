/**
 * Walks every page of the built app (served with its Content-Security-Policy header and
 * meta) in one browser context: each page loads, shows its main heading, and on a few
 * a learner's first action runs. None may ask another host for anything, trip the
 * policy, or throw.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, pasteIntoEditor } from './browser';
import { cspViolations, pagesToWalk, recordCspViolations, staticRoutes } from './page-list';
import { recordFigures } from '../support/figures';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

// The learner's first step on a page, where one is cheap and exercises something the
// policy could block (grading with eval or blob: imports in the worker, requests to the sandbox).
const interactions: Record<string, (page: Page) => Promise<void>> = {
  '/exercises/docs-review': async (page) => {
    // Its grader compiles the document's JSON Schemas with ajv (new Function) in the worker:
    // the solution passes only if the worker's policy allows that.
    await pasteIntoEditor(page, await readFile('exercises/docs-review/solution.yaml', 'utf8'));
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => page.locator('.results-summary').getAttribute('data-status'), { timeout: 20_000 }).toBe('pass');
  },
  '/exercises/resource-links': async (page) => {
    // A TypeScript exercise: the learner's compiled module is imported from a blob: URL in the worker.
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => page.locator('.results-summary').getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
  },
  '/labs/realtime': async (page) => {
    // A WebSocket (taken by msw/ws in the page) and an EventSource: both are connect-src.
    await expect.poll(() => page.getByTestId('websocket-requests').textContent(), { timeout: 10_000 }).toBe('1');
    await expect.poll(() => page.getByTestId('sse-requests').textContent(), { timeout: 10_000 }).toBe('1');
  },
  '/chapters/design-principles': async (page) => {
    const block = page.locator('[data-testid="try-it"]').first();
    await block.getByRole('button', { name: /^Send/ }).click();
    await expect.poll(() => block.locator('[data-testid="try-it-response"]').textContent(), { timeout: 15_000 }).toMatch(/HTTP 200/);
  },
};

describe('every page of the app', () => {
  it('derives its list from the app: every static route, lab, chapter and exercise', async () => {
    const pages = await pagesToWalk();
    for (const route of await staticRoutes()) expect(pages).toContain(route);
    for (const path of ['/', '/reference', '/errors', '/labs', '/progress', '/tools/console', '/consoles/graphql'])
      expect(pages).toContain(path);
    expect(pages.filter((path) => path.startsWith('/chapters/')).length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((path) => path.startsWith('/exercises/')).length).toBeGreaterThanOrEqual(20);
    for (const path of Object.keys(interactions)) expect(pages).toContain(path);
  });

  it('loads each page with its heading, no request to another host, no CSP violation and no page error', async (context) => {
    const pages = await pagesToWalk();
    const { page, context: browserContext, foreign, errors } = await openPage(browser, baseURL);
    await recordCspViolations(page);
    const consoleCsp: string[] = [];
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) consoleCsp.push(message.text());
    });
    const problems: string[] = [];
    let walked = 0;
    for (const path of pages) {
      const before = { foreign: foreign.length, errors: errors.length, console: consoleCsp.length };
      await page.goto(path);
      // The main heading: the page rendered past its loading state (the reference's comes from Scalar).
      await page.locator('main h1').first().waitFor({ timeout: 30_000 });
      await interactions[path]?.(page);
      const violations = await cspViolations(page);
      const found = [
        ...foreign.slice(before.foreign).map((url) => `request to another host: ${url}`),
        ...errors.slice(before.errors).map((error) => `page error: ${error}`),
        ...consoleCsp.slice(before.console).map((text) => `console: ${text}`),
        ...violations.map((violation) => `CSP violation: ${violation}`),
      ];
      problems.push(...found.map((problem) => `${path}: ${problem}`));
      walked += 1;
    }
    recordFigures(context, { 'pages walked': walked, 'failures found': problems.length });
    expect(problems).toEqual([]);
    expect(walked).toBe(pages.length);
    await browserContext.close();
  }, 120_000);
});
