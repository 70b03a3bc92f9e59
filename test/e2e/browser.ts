/**
 * Headless Debian Chromium through playwright-core (ARCHITECTURE.md, "Browser tests").
 * Every page records requests to hosts other than the app's own, so a test can assert
 * that nothing leaves the machine.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The flags every test browser runs with (also for persistent contexts). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

export interface TrackedPage {
  page: Page;
  context: BrowserContext;
  /** URLs of every request the page made to another host. */
  foreign: string[];
  /** Uncaught errors thrown in the page. */
  errors: string[];
}

/** A fresh context (empty storage) and page that tracks foreign requests and page errors. */
export async function openPage(browser: Browser, baseURL: string): Promise<TrackedPage> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 860 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const page = await context.newPage();
  const own = new URL(baseURL).host;
  const foreign: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && url.host !== own)
      foreign.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, foreign, errors };
}

/** Replaces the focused Monaco editor's whole text, the way a learner pastes a file. */
export async function pasteIntoEditor(page: Page, text: string): Promise<void> {
  const editor = page.getByTestId('code-editor').locator('.monaco-editor textarea, .monaco-editor .native-edit-context').first();
  await page.getByTestId('code-editor').click();
  await editor.focus();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/**
 * Saves a picture when SCREENSHOT_DIR is set, for the README or a review; does nothing otherwise.
 * Full page by default; `{ fullPage: false }` keeps what the learner sees in the window (dialogs, focus).
 */
export async function screenshot(page: Page, name: string, { fullPage = true }: { fullPage?: boolean } = {}): Promise<void> {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/${name}.png`, fullPage });
}
