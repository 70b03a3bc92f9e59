import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function runFor(page: Page, seconds: number) {
  await page.getByLabel('Duration (s)').fill(String(seconds));
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => page.getByTestId('run-status').textContent(), { timeout: 10_000 }).toMatch(/^Running: /);
  await expect.poll(() => page.getByTestId('run-status').textContent(), { timeout: (seconds + 20) * 1000 }).toMatch(/^Finished after /);
}

const number = async (page: Page, testId: string) => Number(await page.getByTestId(testId).textContent());

describe('the load testing lab', () => {
  it('runs a short steady load and shows requests, percentiles and no 429s', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/load');
    await page.getByRole('heading', { name: 'Load testing lab', level: 1 }).waitFor();
    await runFor(page, 4);

    expect(await number(page, 'total-requests')).toBeGreaterThanOrEqual(10);
    const [p50, p95, p99] = ((await page.getByTestId('percentiles').textContent()) ?? '').match(/\d+/g)!.map(Number);
    expect(p50).toBeGreaterThanOrEqual(0);
    expect(p50).toBeLessThanOrEqual(p95!);
    expect(p95).toBeLessThanOrEqual(p99!);
    expect(await number(page, 'total-429')).toBe(0);
    const tasks = await page.getByTestId('summary-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-task')));
    expect(tasks).toContain('list users');
    expect(tasks.at(-1)).toBe('all');
    expect(await page.getByTestId('load-chart').locator('rect.ll-2xx').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('load-chart').locator('polyline.ll-p95').getAttribute('points')).toMatch(/\d/);
    await screenshot(page, 'load-lab-steady');

    // Stop ends a long run early, and the numbers stay for reading.
    await page.getByLabel('Duration (s)').fill('120');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect.poll(() => page.getByTestId('run-status').textContent(), { timeout: 10_000 }).toMatch(/^Running: .*, [1-9]\d* requests so far\.$/);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect.poll(() => page.getByTestId('run-status').textContent(), { timeout: 10_000 }).toMatch(/^Stopped after \d+\.\d s: \d+ requests\.$/);
    expect(await page.getByRole('button', { name: 'Start' }).isEnabled()).toBe(true);

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows 429s under the stress profile, and the users wait on Retry-After', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/load');
    await page.getByRole('radio', { name: 'Stress' }).check();
    await expect.poll(() => page.getByLabel('Client (X-API-Key)').inputValue()).toBe('key_free_demo');
    await runFor(page, 5);

    expect(await number(page, 'total-429')).toBeGreaterThan(0);
    expect(await page.getByTestId('load-chart').locator('rect.ll-429').count()).toBeGreaterThan(0);
    // The free tier's burst is 10 and one token comes back every 6 s: users that honour Retry-After get few more.
    const ok = Number(await page.locator('[data-task="all"] td').nth(1).textContent());
    expect(ok).toBeGreaterThanOrEqual(10);
    expect(ok).toBeLessThanOrEqual(12);
    expect(await page.getByText(/^Retry-After waits \(all users\)$/).count()).toBe(1);
    await screenshot(page, 'load-lab-stress');

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
