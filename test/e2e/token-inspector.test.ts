import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Runs the PKCE flow headless inside the page (as the pkce-client exercise would) and returns an access token. */
async function accessToken(page: Page): Promise<string> {
  return page.evaluate(async () => {
    // The page starts the in-tab sandbox on load; until its service worker answers, /oauth/* reaches the static server.
    for (let i = 0; i < 100; i++) {
      const probe = await fetch('/api/v1/sandbox/clock');
      if (/json/.test(probe.headers.get('content-type') ?? '')) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const verifier = b64(crypto.getRandomValues(new Uint8Array(32)));
    const challenge = b64(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
    const redirect = 'https://client.example/callback';
    const query = new URLSearchParams({ response_type: 'code', client_id: 'pkce-exercise', redirect_uri: redirect, scope: 'projects:read', state: 's1', code_challenge: challenge, code_challenge_method: 'S256' });
    const consent = await fetch(`/oauth/authorize?${query}`);
    const request = new URL(consent.url).searchParams.get('request')!;
    const decision = await fetch('/oauth/authorize/decision', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ request, login: 'grace', password: 'first-compiler-1952', approve: true }) });
    const code = new URL(((await decision.json()) as { redirect_to: string }).redirect_to).searchParams.get('code')!;
    const body = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirect, client_id: 'pkce-exercise', code_verifier: verifier });
    const tokens = await fetch('/oauth/token', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
    return ((await tokens.json()) as { access_token: string }).access_token;
  });
}

/** The same token with one claim changed and the signature kept: what an attacker would try. */
function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
  claims.tid = 'ten_globex';
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}

async function inspect(page: Page, token: string) {
  await page.getByLabel('JSON Web Token').fill(token);
  await page.getByRole('button', { name: 'Inspect' }).click();
}

describe('the token inspector', () => {
  it('accepts a token the sandbox issued, and flags the same token tampered with', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/tools/token-inspector');
    await page.getByRole('heading', { level: 1, name: 'Token inspector' }).waitFor();
    const token = await accessToken(page);

    await inspect(page, token);
    await expect.poll(() => page.getByTestId('verdict').textContent(), { timeout: 15_000 }).toBe('✓ The sandbox would accept this token');
    expect(await page.getByTestId('claim-exp-when').textContent()).toMatch(/expires in 1[45] min/);

    await inspect(page, tamper(token));
    await expect.poll(() => page.getByTestId('verdict').textContent(), { timeout: 15_000 }).toBe('✗ The sandbox would refuse this token');
    expect(await page.getByTestId('checks').textContent()).toMatch(/signature/i);
    expect(await page.getByRole('row').filter({ hasText: 'tid' }).first().textContent()).toContain('ten_globex');
    await screenshot(page, 'token-inspector-tampered');

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows where garbage input broke, without asking the sandbox', async () => {
    const { page, context } = await openPage(browser, baseURL);
    await page.goto('/tools/token-inspector');
    await inspect(page, 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOi$$.c2ln');
    await expect.poll(() => page.getByTestId('decode-error').textContent(), { timeout: 15_000 }).toMatch(/payload \(part 2\) has "\$" at character 32/);
    expect(await page.locator('mark').textContent()).toBe('$');
    await screenshot(page, 'token-inspector-garbage');
    await context.close();
  });
});
