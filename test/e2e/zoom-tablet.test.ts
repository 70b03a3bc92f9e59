/**
 * Issue 10, reflow: the pages at 200% zoom and at tablet width. 200% zoom of a 1280×860
 * window is emulated as a 640×430 CSS-pixel viewport with deviceScaleFactor 2 — exactly
 * what browser zoom does (each CSS pixel becomes two device pixels, so the layout viewport
 * halves and width media queries fire as they would for a zoomed learner). Scaling the page
 * with CSS `zoom` instead would keep a 1280-px layout viewport, so no media query would
 * fire and `vw` units would be wrong: not what a zoomed learner sees.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot } from './browser';
import { checkedPages, type CheckedPage } from './a11y-support';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const layouts = [
  { name: 'zoom200', viewport: { width: 640, height: 430 }, deviceScaleFactor: 2 },
  { name: 'tablet', viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2 },
] as const;

const pages: CheckedPage[] = [
  ...checkedPages,
  { name: 'console', path: '/tools/console', ready: (page) => page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 }) },
];

/** Also saves readable slices (full-page pictures of long pages shrink to nothing in a viewer): the top, and the editor. */
async function screenshotSlices(page: Page, name: string, height: number): Promise<void> {
  if (!process.env.SCREENSHOT_DIR) return;
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}-top.png`, fullPage: true, clip: { x: 0, y: 0, width, height: height * 2 } });
  const editor = (await page.locator('.workbench-editor').count()) ? await page.locator('.workbench-editor').boundingBox() : null;
  // boundingBox() is relative to the viewport; a full-page clip is relative to the page.
  const scrollY = await page.evaluate(() => window.scrollY);
  if (editor) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}-editor.png`, fullPage: true, clip: { x: 0, y: editor.y + scrollY, width, height: Math.min(editor.height, height * 2) } });
}

/** Whether the page itself scrolls sideways (code blocks and the editor may scroll inside themselves). */
const pageOverflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const widest = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      // Report the outermost culprits only, so the message names what to fix.
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
    return { scrollWidth: Math.max(root.scrollWidth, document.body.scrollWidth), clientWidth: root.clientWidth, widest };
  });

/** Every main-navigation link is on screen and inside the window's width. */
const navLinksOffScreen = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('.app-nav a')]
      .filter((a) => {
        const box = a.getBoundingClientRect();
        return box.width === 0 || box.left < 0 || box.right > document.documentElement.clientWidth + 1;
      })
      .map((a) => a.textContent),
  );

describe('reflow at 200% zoom and tablet width', () => {
  for (const layout of layouts) {
    for (const target of pages) {
      it(`shows the ${target.name} page at ${layout.name} without sideways page scrolling`, async () => {
        const context = await browser.newContext({ baseURL, viewport: layout.viewport, deviceScaleFactor: layout.deviceScaleFactor });
        const page = await context.newPage();
        await page.goto(target.path);
        await target.ready(page);
        await page.waitForTimeout(300); // let Monaco and Scalar finish their layout pass
        await screenshot(page, `${layout.name}-${target.name}`);
        await screenshotSlices(page, `${layout.name}-${target.name}`, layout.viewport.height);
        const overflow = await pageOverflow(page);
        expect(overflow.scrollWidth, `page scrolls sideways; widest: ${overflow.widest.join(', ')}`).toBeLessThanOrEqual(overflow.clientWidth + 1);
        expect(await navLinksOffScreen(page)).toEqual([]);
        if (target.name === 'exercise') {
          // Task and editor stack: one above the other, each the full width.
          const task = await page.locator('.workbench-task').boundingBox();
          const editor = await page.locator('.workbench-editor').boundingBox();
          expect(task && editor).toBeTruthy();
          expect(editor!.y).toBeGreaterThanOrEqual(task!.y + task!.height - 1);
          expect(editor!.width).toBeGreaterThan(layout.viewport.width * 0.9);
        }
        await context.close();
      }, 60_000);
    }
  }

  it('keeps the header search usable at 200% zoom: its results fit the window', async () => {
    const context = await browser.newContext({ baseURL, viewport: { width: 640, height: 430 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto('/');
    const box = page.getByRole('combobox', { name: 'Search chapters, exercises and endpoints' });
    await box.fill('pagination');
    const list = page.getByRole('listbox', { name: 'Search results' });
    await list.getByRole('option').first().waitFor({ timeout: 15_000 });
    // The window only: the popup is what matters, and a full page would shrink it away.
    await screenshot(page, 'zoom200-search', { fullPage: false });
    const listBox = await list.boundingBox();
    expect(listBox!.x).toBeGreaterThanOrEqual(0);
    expect(listBox!.x + listBox!.width).toBeLessThanOrEqual(641);
    const overflow = await pageOverflow(page);
    expect(overflow.scrollWidth, `page scrolls sideways; widest: ${overflow.widest.join(', ')}`).toBeLessThanOrEqual(overflow.clientWidth + 1);
    await context.close();
  }, 60_000);
});
