/**
 * Accessibility helpers for the browser tests: axe-core injected from node_modules (no
 * network), the pages to check and how to wait until each is really rendered, and the
 * theme switch. Used by accessibility.test.ts and zoom-tablet.test.ts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ElementContext, Result, RunOptions } from 'axe-core';

const require = createRequire(import.meta.url);

let axeSource: Promise<string> | undefined;

/**
 * Puts axe-core into the page. The app's CSP (script-src 'self') rightly refuses an inline
 * <script>, which is what addScriptTag({ path }) writes, so the source is evaluated through
 * the DevTools protocol instead: the page's policy stays on, exactly as a learner gets it.
 */
export async function injectAxe(page: Page): Promise<void> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  const source = await axeSource;
  await page.evaluate(`${source}\n;window.axe = axe;`);
}

/**
 * Runs axe on the whole document and returns its results. Nothing is excluded: Scalar and
 * Monaco are configured to pass (scalar-a11y-css.ts, monaco-setup.ts) rather than skipped.
 */
export async function runAxe(page: Page, options: RunOptions = {}): Promise<AxeResults> {
  await injectAxe(page);
  const context: ElementContext = { include: ['html'] };
  // Passed as JSON text: axe's context and result types are too deep for playwright's argument typing.
  const args = JSON.stringify([context, { resultTypes: ['violations'], ...options }]);
  const json = await page.evaluate(async (text: string) => {
    const [ctx, opts] = JSON.parse(text) as [unknown, unknown];
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe;
    return JSON.stringify(await axe.run(ctx, opts));
  }, args);
  return JSON.parse(json) as AxeResults;
}

/** One line per violation and node: rule, impact, the element and axe's own summary. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.impact ?? 'none'} ${v.id}: ${n.target.join(' ')} ${n.html.slice(0, 160)} — ${(n.failureSummary ?? v.help).replace(/\s+/g, ' ')}`),
  );
}

/** Violations that block people (axe "serious" and "critical"). */
export const blocking = (violations: Result[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Forces a colour theme for every document the context opens, the way the toggle saves it. */
export async function forceTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((t) => localStorage.setItem('workbench.theme.v1', t), theme);
}

export interface CheckedPage {
  name: string;
  path: string;
  /** Waits until the page shows what a learner came for (not just its loading line). */
  ready(page: Page): Promise<void>;
}

const monacoReady = async (page: Page) => {
  await page.getByTestId('code-editor').locator('.view-lines').waitFor({ timeout: 20_000 });
};

/** Runs the exercise's starter and waits until the failing results are shown. */
export async function runFailingCheck(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run tests' }).click();
  const summary = page.locator('.results-summary');
  for (let i = 0; i < 100 && (await summary.getAttribute('data-status')) !== 'fail'; i++) await page.waitForTimeout(200);
  if ((await summary.getAttribute('data-status')) !== 'fail') throw new Error('The starter of api-audit did not fail within 20 s; the results panel cannot be checked.');
}

/** The pages issue 10 names, in the order a learner meets them. */
export const checkedPages: CheckedPage[] = [
  { name: 'home', path: '/', ready: (page) => page.getByRole('heading', { level: 1 }).first().waitFor() },
  { name: 'chapter', path: '/chapters/design-principles', ready: (page) => page.locator('h1').first().waitFor() },
  {
    name: 'exercise',
    path: '/exercises/api-audit',
    ready: async (page) => {
      await monacoReady(page);
      await runFailingCheck(page);
    },
  },
  {
    name: 'reference',
    path: '/reference',
    // Scalar has rendered when its operations list is on the page.
    ready: (page) => page.locator('[data-testid="api-reference"] .scalar-app, [data-testid="api-reference"] section').first().waitFor({ timeout: 30_000 }),
  },
  { name: 'progress', path: '/progress', ready: (page) => page.getByRole('heading', { level: 1 }).first().waitFor() },
];

/** The extra pages the "every control has a name" check walks. */
export const controlPages: CheckedPage[] = [
  ...checkedPages,
  { name: 'labs', path: '/labs', ready: (page) => page.getByRole('heading', { level: 1 }).first().waitFor() },
  { name: 'console', path: '/tools/console', ready: (page) => page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 }) },
];
