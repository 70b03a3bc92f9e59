import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('GraphQL console', () => {
  it('completes fields from the schema, runs a query, and shows the read count change with DataLoader', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/consoles/graphql?example=n-plus-one');
    await page.getByRole('heading', { level: 1, name: 'GraphQL console' }).waitFor();
    await expect.poll(() => page.getByText(/Schema loaded: \d+ types/).count(), { timeout: 15_000 }).toBe(1);

    // Completion: an empty selection inside viewer offers User's fields.
    const editor = page.getByTestId('gql-query-editor');
    const editorText = async () => (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
    // The example from the URL arrives after the schema; replace it only once it is there.
    await expect.poll(editorText, { timeout: 15_000 }).toMatch(/orders/);
    await editor.locator('.view-lines').click();
    // Pasted, not typed: typing races Monaco's bracket closing and suggestions on a busy machine.
    await page.evaluate((t) => navigator.clipboard.writeText(t), '{\n  viewer {\n    \n  }\n}');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await expect.poll(editorText).toMatch(/^\{\s*viewer \{\s*\}\s*\}\s*$/);
    await page.keyboard.press('Escape');
    // Put the cursor on the empty line inside viewer's selection set.
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await expect.poll(() => page.locator('.suggest-widget.visible').count()).toBe(0);
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.suggest-widget.visible');
    await expect.poll(async () => ((await suggestions.count()) ? await suggestions.textContent() : ''), { timeout: 10_000 }).toMatch(/repositories/);
    await page.keyboard.press('Escape');

    // Back to the N+1 example, with batching off for the first run.
    await page.getByLabel('Example').selectOption('n-plus-one');
    const toggle = page.getByRole('switch', { name: 'DataLoader batching' });
    await toggle.uncheck();
    await page.getByRole('button', { name: 'Run' }).click();
    const reads = page.getByTestId('store-reads');
    await expect.poll(() => reads.textContent(), { timeout: 15_000 }).toBe('11');
    expect(await page.getByTestId('data-loader').textContent()).toBe('off');
    expect(await page.getByTestId('gql-result').textContent()).toMatch(/HTTP 200/);

    // Switching DataLoader on sends the same query again.
    await toggle.check();
    await expect.poll(() => reads.textContent(), { timeout: 15_000 }).toBe('3');
    expect(await page.getByTestId('data-loader').textContent()).toBe('on');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('streams a subscription event into the events panel when a mutation changes the order', async () => {
    const { page, context, errors } = await openPage(browser, baseURL);
    await page.goto('/consoles/graphql?example=subscribe');
    await page.getByText(/Schema loaded/).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Run' }).click();
    await page.getByText(/Listening — 0 events so far/).waitFor({ timeout: 15_000 });
    await page.getByLabel('Example').selectOption('advance-order');
    await page.getByRole('button', { name: 'Run' }).click();
    await expect.poll(() => page.getByTestId('gql-events').textContent(), { timeout: 15_000 }).toMatch(/"previousStatus": "PENDING",\s*"status": "PAID"/);
    expect(await page.getByText(/Listening — 1 event so far/).count()).toBe(1);
    await page.getByRole('button', { name: 'Stop listening' }).click();
    await page.getByText(/Stream ended after 1 event\./).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lab: fetches the dashboard both ways and shows requests and bytes for each', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/rest-vs-graphql');
    await page.getByRole('button', { name: 'Fetch both ways' }).click();
    await expect.poll(() => page.getByTestId('rvg-rest-requests').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('rvg-rest-requests').textContent()).toBe('5');
    expect(await page.getByTestId('rvg-graphql-requests').textContent()).toBe('1');
    const restBytes = Number(await page.getByTestId('rvg-rest-bytes').textContent());
    const graphqlBytes = Number(await page.getByTestId('rvg-graphql-bytes').textContent());
    expect(graphqlBytes).toBeGreaterThan(0);
    expect(restBytes).toBeGreaterThan(graphqlBytes);
    expect(await page.getByRole('status').filter({ hasText: 'Both ways returned the same dashboard' }).count()).toBe(1);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
