/**
 * No lost work. The workbench saves synchronously on every change and shows no
 * "saving…" state, so "saved" means: every keystroke the page received, unless the
 * save-error alert said otherwise. These tests type real keystrokes, kill the tab at
 * random moments, and check that the text that reached the page is what comes back;
 * that export then import restores every stored entry byte for byte; and that a full
 * storage is reported to the learner without losing the editor's text.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, openPage, pasteIntoEditor, screenshot } from './browser';
import { fillStorage, freeStorage, kill, killKinds, openProfile, savedText, seededRandom, storedProgress } from './no-lost-work-support';
import type { KillKind } from './no-lost-work-support';
import { recordFigures } from '../support/figures';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const editor = (page: Page) => page.getByTestId('code-editor');
const summary = (page: Page) => page.locator('.results-summary');
// Monaco draws spaces as no-break spaces; compare what a reader sees as plain text.
const visibleText = async (page: Page) => (await editor(page).locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');

async function openExercise(page: Page, id: string): Promise<void> {
  await page.goto(`/exercises/${id}`);
  await editor(page).locator('.view-lines').waitFor();
}

/** Puts the cursor at the very end of the text, ready to type. */
async function cursorToEnd(page: Page): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
}

// Letters and spaces only: Monaco's auto-closing, auto-indent and suggestion acceptance
// never change them, so the text after k keystrokes is the base plus the first k characters.
function words(random: () => number, length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let text = '';
  while (text.length < length) text += random() < 0.18 ? ' ' : letters[Math.floor(random() * letters.length)];
  return text;
}

const seed = Number(process.env.NO_LOST_WORK_SEED ?? 20261124);
const exerciseId = 'docs-review';

describe('no lost work when the tab dies', () => {
  it('brings back every keystroke that reached the page after the tab is closed, crashed or its browser closed', async (context) => {
    const random = seededRandom(seed);
    const userDataDir = await mkdtemp(join(tmpdir(), 'workbench-profile-'));
    let profile: BrowserContext = await openProfile(userDataDir, baseURL);
    let page = await profile.newPage();
    const failures: string[] = [];
    let crashes = 0;
    try {
      await openExercise(page, exerciseId);
      // Before the first change nothing is stored and the editor holds the starter.
      let expected = (await savedText(page, exerciseId)) ?? (await readFile(`exercises/${exerciseId}/starter.yaml`, 'utf8'));
      const started = Date.now();
      // Bounded: about 25 s of rounds, each one a random kill in the middle of typing.
      for (let round = 0; round < 24 && Date.now() - started < 25_000; round++) {
        const kind: KillKind = killKinds[round % killKinds.length]!;
        const base = (await savedText(page, exerciseId)) ?? expected;
        await cursorToEnd(page);
        const typed = words(random, 60);
        const killAfterMs = 80 + Math.floor(random() * 600);
        let reached = 0;
        let dead = false;
        const killing = new Promise<void>((resolve) => setTimeout(resolve, killAfterMs)).then(async () => {
          dead = true;
          await kill(kind, page, profile);
        });
        for (const key of typed) {
          if (dead) break;
          try {
            // Resolves once the renderer has handled the key, so the keystroke reached the page.
            await page.keyboard.press(key === ' ' ? 'Space' : key);
            if (!dead) reached += 1;
          } catch {
            break;
          }
        }
        await killing;
        crashes += 1;

        if (kind === 'close-context') profile = await openProfile(userDataDir, baseURL);
        page = await profile.newPage();
        await openExercise(page, exerciseId);
        const saved = await savedText(page, exerciseId);
        // At least every keystroke that had reached the page; at most one more, in flight at the kill.
        const allowed = [0, 1].map((extra) => base + typed.slice(0, reached + extra));
        if (saved === null || !allowed.includes(saved)) {
          failures.push(`round ${round} (${kind} after ${killAfterMs} ms, ${reached} keys reached): saved text ends "${saved?.slice(-40)}", expected "${allowed[0]!.slice(-40)}"`);
        } else {
          const tail = saved.slice(saved.lastIndexOf('\n') + 1).trimEnd();
          await expect.poll(() => visibleText(page)).toContain(tail);
        }
        expected = saved ?? expected;
      }
    } finally {
      await profile.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    }
    recordFigures(context, { 'crashes simulated': crashes, 'failures found': failures.length });
    console.log(`[no-lost-work] seed ${seed}: ${crashes} kills (${killKinds.join(', ')} in turn)`);
    expect(failures).toEqual([]);
    // Every kind of kill at least once, even on a slow machine (the loop is bounded by time).
    expect(crashes).toBeGreaterThanOrEqual(killKinds.length);
  }, 60_000);
});

describe('export then import', () => {
  it('reproduces every stored entry byte for byte: passed, failed, solution shown, reset with undo, typed', async () => {
    const { page, context } = await openPage(browser, baseURL);
    // Passed: the reference solution, graded.
    await openExercise(page, 'docs-review');
    await pasteIntoEditor(page, await readFile('exercises/docs-review/solution.yaml', 'utf8'));
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('pass');
    // Failed, then the solution shown.
    await openExercise(page, 'hateoas-actions');
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    await page.getByRole('button', { name: 'Show solution' }).click();
    await page.getByRole('dialog', { name: 'Reference solution' }).getByRole('button', { name: 'Show the solution' }).click();
    await page.keyboard.press('Escape');
    // Failed only.
    await openExercise(page, 'webhook-verify');
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
    // Typed, then reset: the entry keeps the replaced text for "Undo reset".
    await openExercise(page, 'ride-sharing-design');
    await pasteIntoEditor(page, '# my draft — “quotes”, tabs\tand ünïcödé\nopenapi: 3.1.0\n');
    await page.getByRole('button', { name: 'Reset to starter' }).click();
    await page.getByRole('button', { name: 'Undo reset' }).waitFor();
    // Typed only.
    await openExercise(page, 'order-schema');
    await cursorToEnd(page);
    await page.keyboard.type('# typed by hand');

    const before = await storedProgress(page);
    const states = Object.values(before).map((raw) => JSON.parse(raw) as { state: string; solutionShown: boolean; undoText: string | null });
    expect(Object.keys(before)).toHaveLength(5);
    expect(states.filter((s) => s.state === 'passed')).toHaveLength(1);
    expect(states.some((s) => s.solutionShown)).toBe(true);
    expect(states.some((s) => s.undoText !== null)).toBe(true);

    await page.goto('/progress');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const file = await download.path();

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    expect(await storedProgress(page)).toEqual({});
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Replace progress' }).click();
    await page.getByRole('status').filter({ hasText: /^Imported progress for 5 exercises/ }).waitFor();

    expect(await storedProgress(page)).toEqual(before);
    // And the workbench shows it: the passed exercise opens as passed with its text.
    await openExercise(page, 'docs-review');
    expect(await page.getByTestId('exercise-status').textContent()).toBe('Passed');
    await context.close();
  });
});

describe('a full storage', () => {
  it('tells the learner what to do, keeps the text in the editor, and saves again once there is room', async () => {
    const { page, context, errors } = await openPage(browser, baseURL);
    await openExercise(page, exerciseId);
    await cursorToEnd(page);
    await page.keyboard.type('kept');
    expect(await savedText(page, exerciseId)).toMatch(/kept$/);

    const stored = await fillStorage(page, 'r4.filler.');
    expect(stored).toBeGreaterThan(1_000_000);
    await page.keyboard.type(' while full');
    const alert = page.locator('.save-error[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/storage for this site is full.*export your progress/i);
    await screenshot(page, 'save-error-storage-full');
    await expect.poll(() => visibleText(page)).toContain('kept while full');
    expect(await savedText(page, exerciseId)).not.toContain('while full');

    // Space freed elsewhere (the learner cleared site data in another window): coming back saves what was typed.
    await freeStorage(page, 'r4.filler.');
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await alert.waitFor({ state: 'detached' });
    expect(await savedText(page, exerciseId)).toMatch(/kept while full$/);
    await page.keyboard.type(' again');
    expect(await savedText(page, exerciseId)).toMatch(/kept while full again$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
