import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the city lab', () => {
  it('runs the simulated city, requests a ride, sees it matched and drives it to completed and rated', async () => {
    const { page, context, foreign, errors } = await openPage(browser, baseURL);
    await page.goto('/labs/city');
    await page.getByRole('heading', { name: 'City lab', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('feed-state').textContent(), { timeout: 20_000 }).toBe('WebSocket open');
    const drivers = page.getByTestId('city-map').locator('circle.city-driver');
    await expect.poll(() => drivers.count(), { timeout: 10_000 }).toBe(12);

    // Start the city at 5×: the drivers move on the map as their location events arrive.
    const before = await page.getByTestId('driver-drv_1').evaluate((dot) => `${dot.getAttribute('cx')},${dot.getAttribute('cy')}`);
    await page.getByRole('button', { name: 'Start simulation' }).click();
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('5');
    await expect.poll(() => page.getByTestId('city-state').textContent(), { timeout: 10_000 }).toMatch(/^running, 5×/);
    await expect
      .poll(() => page.getByTestId('driver-drv_1').evaluate((dot) => `${dot.getAttribute('cx')},${dot.getAttribute('cy')}`), { timeout: 10_000 })
      .not.toBe(before);

    // Request the preset trip: offered to the nearest driver, accepted by the simulated driver.
    await page.getByRole('button', { name: 'Request a ride (preset trip)' }).click();
    const status = page.getByTestId('ride-status');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('matched');
    const driverId = await page.getByTestId('ride-driver').textContent();
    expect(driverId).toMatch(/^drv_\d+$/);
    expect(await page.getByTestId(`driver-${driverId}`).getAttribute('data-status')).toBe('busy');
    await screenshot(page, 'city-lab-matched');

    // Leaving the page and coming back keeps the ride at hand: the page finds the demo rider's ride still under way.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Labs' }).click();
    await page.getByRole('link', { name: 'Ride-sharing city' }).click();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('matched');

    // Play the driver with the steps the ride's _actions offer: arrive, start, complete; then rate it.
    for (const [button, next] of [['Driver on the way', 'driver_arriving'], ['Start trip (rider on board)', 'in_progress'], ['Complete trip', 'completed']] as const) {
      await page.getByRole('button', { name: button }).click();
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe(next);
    }
    await expect.poll(() => page.getByTestId('ride-fare').textContent(), { timeout: 10_000 }).toMatch(/^\d+\.\d\d EUR$/);
    await page.getByRole('button', { name: '5 stars' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Rated' }).textContent(), { timeout: 10_000 }).toBe('Rated 5 of 5 stars. Thank you!');
    const timeline = await page.getByTestId('ride-timeline').locator('code').allTextContents();
    for (const type of ['ride.requested', 'ride.offered', 'ride.matched', 'ride.driver_arriving', 'ride.started', 'ride.completed']) expect(timeline).toContain(type);

    // A second ride picked on the map (pickup, then drop-off), matched again, then cancelled by the rider.
    const firstRide = await page.getByTestId('ride-panel').locator('strong').first().textContent();
    await page.getByTestId('city-map').click({ position: { x: 250, y: 300 } });
    await page.getByTestId('city-map').click({ position: { x: 420, y: 180 } });
    await expect.poll(() => page.getByTestId('ride-panel').locator('strong').first().textContent(), { timeout: 10_000 }).not.toBe(firstRide);
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('matched');
    await page.getByRole('button', { name: 'Cancel ride' }).click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('cancelled');

    await page.getByRole('button', { name: 'Pause simulation' }).click();
    await expect.poll(() => page.getByTestId('city-state').textContent(), { timeout: 10_000 }).toMatch(/^paused/);
    await screenshot(page, 'city-lab');
    await screenshot(page, 'city-lab');
    await page.setViewportSize({ width: 700, height: 900 });
    await screenshot(page, 'city-lab-narrow', { fullPage: false });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
