import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { launchBrowser, openPage, pasteIntoEditor, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the contract testing lab', () => {
  it('verifies the example contract, catches a renamed field and a 200-for-404, and records a Pact v3 file', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/contracts');
    await page.getByRole('heading', { name: 'Contract testing lab', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('checkbox').count(), { timeout: 20_000 }).toBe(4);

    // The real provider keeps every promise of the example contract.
    await page.getByRole('button', { name: 'Verify provider' }).click();
    const summary = page.getByTestId('verify-summary');
    await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toBe('All 4 interactions pass: the provider keeps the contract.');
    expect(await page.getByTestId('interaction-result').first().textContent()).toMatch(/a request for one user.*passed.*GET \/api\/v1\/users\/usr_\d+/);
    await screenshot(page, 'contract-lab-passing');

    // Rename name → full_name and answer a missing user with 200: three interactions break, each saying where.
    await page.getByRole('checkbox', { name: /renamed field/ }).check();
    await expect.poll(() => page.getByTestId('variant-state').textContent()).toBe('Changed: renamed-name-field.');
    await page.getByRole('checkbox', { name: /wrong status/ }).check();
    await expect.poll(() => page.getByTestId('variant-state').textContent()).toBe('Changed: renamed-name-field, not-found-as-null.');
    await page.getByRole('button', { name: 'Verify provider' }).click();
    await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toBe('4 of 4 interactions broken.');
    const cards = page.getByTestId('interaction-result');
    expect(await cards.nth(0).getByRole('listitem').allTextContents()).toEqual(['body $.data.name: expected a value like "Ada Lovelace", got no such key']);
    expect(await cards.nth(1).getByRole('listitem').first().textContent()).toBe('body $.data[0].name: expected a value like "Ada Lovelace", got no such key');
    expect(await cards.nth(3).getByRole('listitem').allTextContents()).toContain('status: expected 404, got 200');
    await screenshot(page, 'contract-lab-broken');

    // Turning the variants off restores the provider.
    await page.getByRole('checkbox', { name: /renamed field/ }).uncheck();
    await expect.poll(() => page.getByTestId('variant-state').textContent()).toBe('Changed: not-found-as-null.');
    await page.getByRole('checkbox', { name: /wrong status/ }).uncheck();
    await expect.poll(() => page.getByTestId('variant-state').textContent()).toBe('The provider is unchanged.');

    // The form adds an interaction (with a query) to the JSON; the provider keeps that promise too.
    const form = page.getByRole('form', { name: 'Add an interaction' });
    await form.getByLabel('Provider state').selectOption('a user exists');
    await form.getByRole('button', { name: 'Add to the contract' }).click();
    await page.getByRole('button', { name: 'Verify provider' }).click();
    await expect.poll(() => summary.textContent(), { timeout: 20_000 }).toBe('All 5 interactions pass: the provider keeps the contract.');
    expect(await cards.nth(4).textContent()).toContain('GET /api/v1/users?limit=2');

    // Record: the Pact v3 file with rules lifted out of the bodies, copyable.
    await page.getByRole('button', { name: 'Record contract' }).click();
    const pact = JSON.parse((await page.getByTestId('pact-json').textContent())!);
    expect(pact.metadata.pactSpecification.version).toBe('3.0.0');
    expect(pact.consumer.name).toBe('users-app');
    expect(pact.interactions[0].response.matchingRules.body['$.data.id']).toEqual({ combine: 'AND', matchers: [{ match: 'regex', regex: '^usr_\\d+$' }] });
    expect(pact.interactions[4].request).toEqual({ method: 'GET', path: '/api/v1/users', query: { limit: ['2'] } });
    await page.getByRole('button', { name: 'Copy the contract' }).click();
    expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(pact);
    await expect.poll(() => page.getByRole('button', { name: 'Download users-app-workbench-sandbox.json' }).count()).toBe(1);

    // A typo in the JSON is named with its line, and nothing is recorded.
    const editor = page.getByLabel('Interactions (JSON, matchers written inline)');
    await editor.fill('{\n  "interactions": [\n    { "description": "x" }\n    { "description": "y" }\n  ]\n}');
    await page.getByRole('button', { name: 'Record contract' }).click();
    expect(await page.getByRole('alert').textContent()).toMatch(/^The contract is not valid JSON on line 4, column 5/);
    expect(await page.getByTestId('pact-json').count()).toBe(0);
    expect(await page.getByTestId('verify-summary').count()).toBe(0);

    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'contract-lab-narrow');

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('grades the contract-test exercise in the browser: the solution passes, a loose contract fails with reasons', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/exercises/contract-test');
    await page.getByTestId('code-editor').locator('.view-lines').waitFor();
    const summary = page.locator('.results-summary');

    await pasteIntoEditor(page, await readFile('exercises/contract-test/solution.ts', 'utf8'));
    await page.waitForTimeout(2500); // the TypeScript worker checks in the background: the types must fit the solution
    expect(await page.locator('.monaco-editor .squiggly-error').count()).toBe(0);
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary.getAttribute('data-status'), { timeout: 30_000 }).toBe('pass');
    expect(await summary.textContent()).toBe('All 7 checks passed.');

    await pasteIntoEditor(page, await readFile('exercises/contract-test/wrong/like-everything.ts', 'utf8'));
    await page.getByRole('button', { name: 'Run tests' }).click();
    await expect.poll(() => summary.getAttribute('data-status'), { timeout: 30_000 }).toBe('fail');
    expect(await page.locator('.check[data-status="fail"]').count()).toBe(3);
    expect(await page.locator('.check[data-status="fail"]').first().textContent()).toContain('passes against a provider that answers an empty object {}');
    await screenshot(page, 'contract-test-exercise');

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
