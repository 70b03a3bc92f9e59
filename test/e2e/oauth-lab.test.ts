import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const text = (page: Page, testId: string) => page.getByTestId(testId).textContent();

describe('the OAuth lab', () => {
  it('runs the whole PKCE flow: consent, code, tokens, API calls, rotation and a refused replay', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/oauth');
    await page.getByRole('button', { name: 'Make a verifier and challenge' }).click();
    await expect.poll(() => text(page, 'code-verifier'), { timeout: 15_000 }).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await text(page, 'code-challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await text(page, 'authorize-url')).toContain('code_challenge_method=S256');
    await screenshot(page, 'oauth-lab-start');

    await page.getByRole('button', { name: 'Go to the authorization server' }).click();
    await page.waitForURL(/\/consent\?request=azr_/);
    await page.getByRole('heading', { level: 1, name: /Workbench OAuth lab wants to use your account/ }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: 'projects:read' }).count()).toBe(1);

    // A wrong password is refused with the server's message, and what was typed stays.
    await page.getByLabel('Login').fill('ada');
    await page.getByLabel('Password').fill('difference-engine');
    await page.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/password|login/i);
    expect(await page.getByLabel('Login').inputValue()).toBe('ada');
    await screenshot(page, 'oauth-consent');

    await page.getByRole('button', { name: 'Sign in as ada' }).click();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(/\/labs\/oauth\/callback\?code=/);
    await expect.poll(() => text(page, 'state-check'), { timeout: 15_000 }).toMatch(/^✓ state matches/);

    await page.getByRole('button', { name: 'Exchange the code' }).click();
    await expect.poll(() => text(page, 'token-response'), { timeout: 15_000 }).toMatch(/^HTTP\/1\.1 200/);
    expect(await text(page, 'token-response')).toMatch(/Cache-Control: no-store/);
    expect(await text(page, 'access-countdown')).toMatch(/Expires in 1[45]:\d\d/);
    expect(await text(page, 'claim-exp-when')).toMatch(/expires in 1[45] min/);

    await page.getByRole('button', { name: /Call \/api\/v1\/me/ }).click();
    await expect.poll(() => text(page, 'me-response'), { timeout: 15_000 }).toMatch(/^HTTP\/1\.1 200[\s\S]*"login": "ada"/);
    expect(await text(page, 'tenant-response')).toMatch(/^HTTP\/1\.1 200[\s\S]*"ten_acme"/);
    expect(await text(page, 'other-tenant-response')).toMatch(/^HTTP\/1\.1 404/);

    // Expiry on the sandbox's clock: move it past 15 minutes and the same token is refused.
    await page.getByRole('button', { name: 'Move the sandbox clock 16 minutes on' }).click();
    await expect.poll(() => text(page, 'access-countdown'), { timeout: 15_000 }).toMatch(/^Expired/);
    await page.getByRole('button', { name: /Call \/api\/v1\/me/ }).click();
    await expect.poll(() => text(page, 'me-response'), { timeout: 15_000 }).toMatch(/^HTTP\/1\.1 401[\s\S]*"invalid_token"/);

    await page.getByRole('button', { name: 'Refresh the tokens' }).click();
    await expect.poll(() => text(page, 'refresh-response'), { timeout: 15_000 }).toMatch(/^HTTP\/1\.1 200/);
    await expect.poll(() => text(page, 'access-countdown'), { timeout: 15_000 }).toMatch(/^Expires in 1[45]:\d\d/);

    await page.getByRole('button', { name: 'Replay the old refresh token' }).click();
    await expect.poll(() => text(page, 'replay-new-response'), { timeout: 15_000 }).toMatch(/^HTTP\/1\.1 400[\s\S]*"invalid_grant"/);
    expect(await text(page, 'replay-old-response')).toMatch(/^HTTP\/1\.1 400[\s\S]*"invalid_grant"/);
    await expect.poll(() => page.getByTestId('oauth-log').textContent(), { timeout: 15_000 }).toMatch(/refresh/);
    await screenshot(page, 'oauth-lab-done');

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a callback whose state this tab did not send', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/labs/oauth/callback?code=stolen&state=forged');
    await expect.poll(() => text(page, 'state-check'), { timeout: 15_000 }).toMatch(/^✗ state forged does not match/);
    expect(await page.getByRole('button', { name: 'Exchange the code' }).isDisabled()).toBe(true);
    await context.close();
  });

  it('explains an unknown authorization request on the consent page', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/consent?request=azr_unknown');
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 15_000 }).toMatch(/unknown or has expired/);
    await context.close();
  });
});
