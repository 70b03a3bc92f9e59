/**
 * `npm run bench`: prints the figures that say whether the workbench stays fast.
 * Figures, not assertions: tests never assert timings.
 *
 *  1. gzip size of the JavaScript loaded before chapter 1's text shows
 *  2. time until chapter 1's text shows (median of 5 cold loads)
 *  3. time from "Run tests" to results for api-audit (median of 10)
 *  4. the sandbox's own cost per request in-process, next to a request through the service worker
 *  5. per page a learner opens directly: the JavaScript it loads (gzip) and the time to its heading,
 *     so a heavy part that slips onto a page where it is not used shows up
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveBuiltApp } from '../e2e/serve';
import { launchBrowser, openPage, pasteIntoEditor } from '../e2e/browser';
import { createSandbox } from '../../sandbox/index';
import { chapters } from './chapters';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const firstChapter = chapters()[0];
const app = await serveBuiltApp();
const browser = await launchBrowser();
const figures: [string, string][] = [];

try {
  // 1 + 2: cold loads of chapter 1 (a new context each time: empty cache, no service worker yet).
  const loadTimes: number[] = [];
  let firstPageJs = 0;
  for (let i = 0; i < 5; i++) {
    const { page, context } = await openPage(browser, app.url);
    const scripts = new Set<string>();
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await page.goto(`/chapters/${firstChapter.slug}`);
    await page.getByRole('heading', { level: 1, name: firstChapter.title }).waitFor();
    loadTimes.push(await page.evaluate(() => performance.now()));
    if (i === 0) {
      for (const path of scripts) firstPageJs += gzipSync(await readFile(join(app.outDir, path))).length;
      figures.push(['first-page JavaScript (gzip)', `${kb(firstPageJs)} in ${scripts.size} files`]);
    }
    await context.close();
  }
  figures.push(['time to chapter 1 text (median of 5)', ms(median(loadTimes))]);

  // 3: grading api-audit's reference solution in the browser worker.
  const solution = await readFile('exercises/api-audit/solution.yaml', 'utf8');
  const { page, context } = await openPage(browser, app.url);
  await page.goto('/exercises/api-audit');
  await pasteIntoEditor(page, solution);
  const gradeTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const started = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Run tests' }).click();
    await page.getByRole('button', { name: 'Run tests' }).waitFor({ state: 'visible' });
    await page.locator('.results-summary[data-status="pass"]').waitFor();
    gradeTimes.push((await page.evaluate(() => performance.now())) - started);
  }
  figures.push(['time to grade api-audit (median of 10)', ms(median(gradeTimes))]);

  // 4: the sandbox in-process, then the same request through MSW's service worker.
  const sandbox = createSandbox();
  // Fewer than the anonymous rate-limit bucket holds (100), so every request is a real answer, not a 429.
  const n = 90;
  let t0 = performance.now();
  for (let i = 0; i < n; i++) await sandbox.fetch(new Request('http://sandbox.local/api/v1/users/usr_1'));
  figures.push(['sandbox in-process, per request', ms((performance.now() - t0) / n)]);

  // Sending a Try-it request starts the in-page sandbox; then the page's own fetches go through MSW.
  await page.goto(`/chapters/${firstChapter.slug}`);
  await page.getByRole('button', { name: /^Send/ }).first().click();
  await page.getByText(/HTTP \d{3}/).first().waitFor();
  const viaWorker = await page.evaluate(async (count) => {
    const start = performance.now();
    for (let i = 0; i < count; i++) await (await fetch('/api/v1/users/usr_1')).text();
    return (performance.now() - start) / count;
  }, n);
  figures.push(['sandbox through the service worker, per request', ms(viaWorker)]);
  await context.close();

  // 5: each page opened cold, as from a bookmark.
  const pages: [string, string][] = [
    ['home', '/'],
    ['exercise (Monaco)', '/exercises/api-audit'],
    ['API reference (Scalar)', '/reference'],
    ['progress', '/progress'],
    ['labs index', '/labs'],
    ['request console', '/tools/console'],
    ['GraphQL console', '/consoles/graphql'],
    ['ride-sharing city lab', '/labs/city'],
  ];
  for (const [name, path] of pages) {
    const cold = await openPage(browser, app.url);
    const scripts = new Set<string>();
    cold.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await cold.page.goto(path);
    await cold.page.getByRole('heading', { level: 1 }).first().waitFor();
    const shown = await cold.page.evaluate(() => performance.now());
    // Everything the page goes on to load (the editor, the reference), not just what came before the heading.
    await cold.page.waitForLoadState('networkidle');
    let bytes = 0;
    for (const script of scripts) bytes += gzipSync(await readFile(join(app.outDir, script))).length;
    figures.push([`page ${path} — ${name}`, `${kb(bytes)} JS, heading at ${ms(shown)}`]);
    await cold.context.close();
  }
} finally {
  await browser.close();
  await app.close();
}

const width = Math.max(...figures.map(([name]) => name.length));
console.log('\nAPI Design Workbench — bench');
for (const [name, value] of figures) console.log(`  ${name.padEnd(width)}  ${value}`);
