/**
 * Helpers for the no-lost-work tests: a seeded random source, the three ways a tab
 * dies (closed without beforeunload, renderer crashed, whole browser context closed),
 * and readers of what the progress store wrote to localStorage.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, executablePath } from './browser';
import { progressKeyPrefix } from '../../src/progress/storage-keys';

/** mulberry32: a tiny seeded generator, so a failing run can be replayed with its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type KillKind = 'close-page' | 'crash-renderer' | 'close-context';
export const killKinds: readonly KillKind[] = ['close-page', 'crash-renderer', 'close-context'];

/**
 * A browser profile on disk: closing its context is closing the browser, and opening
 * it again reads back what the browser had stored, as after a learner's restart.
 */
export function openProfile(userDataDir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: chromiumArgs,
    baseURL,
    viewport: { width: 1280, height: 860 },
  });
}

/** Ends the tab (or the browser) the way `kind` says, without giving the page a chance to react. */
export async function kill(kind: KillKind, page: Page, context: BrowserContext): Promise<void> {
  if (kind === 'close-page') {
    await page.close({ runBeforeUnload: false });
  } else if (kind === 'crash-renderer') {
    const cdp = await context.newCDPSession(page);
    // The renderer dies before it can answer, so the reply never comes: do not wait for it.
    void cdp.send('Page.crash').catch(() => undefined);
    await page.waitForEvent('crash', { timeout: 10_000 });
    await page.close().catch(() => undefined);
  } else {
    await context.close();
  }
}

/** Every progress entry in the page's localStorage, as the raw stored text, by key. */
export function storedProgress(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const entries: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix)) entries[key] = localStorage.getItem(key)!;
    }
    return entries;
  }, progressKeyPrefix);
}

/** The saved editor text of one exercise, or null when nothing is saved. */
export async function savedText(page: Page, exerciseId: string): Promise<string | null> {
  const raw = (await storedProgress(page))[progressKeyPrefix + exerciseId];
  return raw === undefined ? null : (JSON.parse(raw) as { text: string }).text;
}

/**
 * Fills localStorage until not one more character fits, with keys under `prefix`;
 * returns how many characters it stored. Halving chunks find the last free byte fast.
 */
export function fillStorage(page: Page, prefix: string): Promise<number> {
  return page.evaluate((prefix) => {
    let stored = 0;
    let index = 0;
    for (let size = 1 << 20; size >= 1; ) {
      try {
        localStorage.setItem(`${prefix}${index}`, 'x'.repeat(size));
        index += 1;
        stored += size;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    // A new key costs its name too; growing the last value by single characters takes the rest.
    const last = `${prefix}${index - 1}`;
    for (let value = localStorage.getItem(last) ?? ''; ; stored += 1) {
      try {
        value += 'x';
        localStorage.setItem(last, value);
      } catch {
        break;
      }
    }
    return stored;
  }, prefix);
}

/** Removes what fillStorage wrote. */
export function freeStorage(page: Page, prefix: string): Promise<void> {
  return page.evaluate((prefix) => {
    for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
  }, prefix);
}
