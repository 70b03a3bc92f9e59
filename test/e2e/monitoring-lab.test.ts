import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Runs the traffic generator until `enough` answers matched, then stops it and waits for the run to end. */
async function trafficUntil(page: Page, enough: RegExp) {
  await page.getByRole('button', { name: /^Generate traffic/ }).click();
  await expect.poll(() => page.getByTestId('traffic-progress').textContent(), { timeout: 30_000 }).toMatch(enough);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: /^Generate traffic/ }).waitFor();
}

describe('the monitoring dashboard', () => {
  it('charts generated traffic, raises an alert when failures are injected, and fires it after its for-duration', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/monitoring');
    await page.getByRole('heading', { name: 'Monitoring dashboard', level: 1 }).waitFor();
    // The page's first look at the payment provider is the only request so far.
    await expect.poll(() => page.getByTestId('sla-status').textContent()).toMatch(/^(no data|ok)$/);

    // Healthy traffic: it reaches the charts and the tables, and every SLO is met.
    await trafficUntil(page, /^(2[4-9]|[3-9]\d) sent · \d+ × 200\. $/);
    await expect.poll(async () => Number(await page.getByTestId('chart-p95').getAttribute('data-points')), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('totals').textContent()).toMatch(/^(2[4-9]|[3-9]\d) requests from 1 client · 0 client errors · 0 server errors/);
    await expect.poll(() => page.getByRole('table', { name: 'Busiest endpoints' }).textContent()).toContain('GET /api/v1/products/{id}');
    await expect.poll(() => page.getByTestId('sla-status').textContent()).toBe('ok');
    expect(await page.getByTestId('no-alerts').isVisible()).toBe(true);
    expect(await page.getByTestId('metrics-text').textContent()).toContain('http_requests_total{method="GET",route="/api/v1/products/{id}",status="200"}');
    await screenshot(page, 'monitoring-lab-healthy');

    // Injected failures: payments fail, availability goes critical and a pending alert opens.
    await page.getByRole('button', { name: 'Inject failures' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Every charge now fails/);
    await trafficUntil(page, / [3-9] × 50[23]|\d\d × 50[23]/);
    await expect.poll(() => page.getByTestId('slo-availability').getAttribute('data-status'), { timeout: 10_000 }).toBe('critical');
    const alert = page.getByTestId('active-alert').filter({ hasText: 'Availability' });
    await expect.poll(() => alert.getAttribute('data-severity')).toBe('critical');
    expect(await alert.getAttribute('data-state')).toBe('pending');
    expect(Number(await page.getByTestId('chart-errors').getAttribute('data-points'))).toBeGreaterThan(0);

    // Past the 30 s for-duration (the sandbox clock moved), the alert fires.
    await page.getByRole('button', { name: 'Skip 30 s' }).click();
    await expect.poll(() => alert.getAttribute('data-state'), { timeout: 10_000 }).toBe('firing');
    expect(await alert.textContent()).toMatch(/critical · firing for \d+ s/);
    await screenshot(page, 'monitoring-lab-alert');

    // Heal the provider for whoever uses the sandbox next in this page.
    await page.getByRole('button', { name: 'Healthy provider' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Healthy provider' }).getAttribute('aria-pressed')).toBe('true');
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the log viewer', () => {
  it('lists the log, follows one request id through its lines, and filters by status', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/logs');
    await page.getByRole('heading', { name: 'Log viewer', level: 1 }).waitFor();
    // The first read of the log has answered, so the in-browser sandbox is serving.
    await page.getByText(/^No log lines match/).waitFor();
    // A failing request with an id chosen by the client, then the live tail picks it up.
    await page.evaluate(async () => {
      await fetch('/api/v1/products/prd_404', { headers: { 'X-Request-Id': 'e2e-trace-1' } });
      await fetch('/api/v1/products/prd_1');
    });
    const traced = page.locator('[data-testid="log-line"][data-request-id="e2e-trace-1"]');
    await expect.poll(() => traced.count(), { timeout: 10_000 }).toBe(3);

    await traced.first().getByRole('button', { name: 'e2e-trace-1' }).click();
    await expect.poll(() => page.getByTestId('request-summary').textContent()).toMatch(/3 lines · status 404 · \d+ ms · resource_not_found: No product has the id "prd_404"/);
    expect(await page.getByTestId('log-line').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event')))).toEqual([
      'request.received',
      'request.failed',
      'response.sent',
    ]);
    expect(new Set(await page.getByTestId('log-line').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-request-id'))))).toEqual(new Set(['e2e-trace-1']));
    await screenshot(page, 'logs-lab-request');

    // A status class: only the lines that carry a 4xx status.
    await page.getByRole('button', { name: 'Back to all lines' }).click();
    await page.getByLabel('Status').fill('4xx');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(() => page.getByTestId('log-line').count()).toBe(2);
    await page.getByLabel('Status').fill('4x');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Status "4x" is not a status/);
    await screenshot(page, 'logs-lab-filter');

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
