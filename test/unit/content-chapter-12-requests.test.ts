import { beforeEach, describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox/index';
import { send as sendTo, tryItFinder, tryIts } from './chapter-requests';

// Chapter 12 describes what each of its Try-it blocks answers; these tests send every one and hold the text to it.
const byTitle = tryItFinder('capstone');
const sandbox = createSandbox();
beforeEach(() => sandbox.reset());
const send = async (title: string) => sendTo(sandbox, await byTitle(title));

const tested = [
  'The riders and their tiers',
  'Request a ride',
  'Start a ride that has no driver yet',
  'Cancel before a driver accepts',
  'Drivers near the pickup',
  "The city simulation's state",
  "The rider app's screen in one query",
  'Reset the sandbox',
  'Accept as a driver who holds no offer',
];

describe('chapter 12 shows what its text says', () => {
  it('has a test below for every Try-it it contains', async () => {
    const titles = (await tryIts('capstone')).map((r) => r.title);
    expect(titles.sort()).toEqual([...tested].sort());
  });

  it('lists the seeded riders with Ada premium and Grace and Alan basic', async () => {
    const { status, json } = await send('The riders and their tiers');
    expect(status).toBe(200);
    const tiers = Object.fromEntries(json.data.map((r: { name: string; tier: string }) => [r.name.split(' ')[0], r.tier]));
    expect(tiers).toMatchObject({ Ada: 'premium', Grace: 'basic', Alan: 'basic' });
  });

  it("creates a requested ride for Ada's rider whose actions are accept, decline and cancel", async () => {
    const { status, json } = await send('Request a ride');
    expect(status).toBe(201);
    expect(json.data).toMatchObject({ id: 'ride_1', rider_id: 'rdr_1', status: 'requested', driver_id: null });
    expect(json.data._actions.map((a: { name: string }) => a.name).sort()).toEqual(['accept', 'cancel', 'decline']);
  });

  it('refuses to start an unmatched ride with 409 naming matched and cancelled as allowed', async () => {
    await send('Request a ride');
    const { status, json } = await send('Start a ride that has no driver yet');
    expect(status).toBe(409);
    expect(json.error.code).toBe('invalid_ride_transition');
    expect(json.error.message).toMatch(/requested.*matched.*cancelled/s);
    const allowed = json.error.details.filter((d: { field: string }) => d.field === 'allowed').map((d: { code: string }) => d.code);
    expect(allowed.sort()).toEqual(['cancelled', 'matched']);
  });

  it('cancels a requested ride for free, and a second cancel is a 409 because cancelled is final', async () => {
    await send('Request a ride');
    const first = await send('Cancel before a driver accepts');
    expect(first.status).toBe(200);
    expect(first.json.data).toMatchObject({ status: 'cancelled', cancellation_fee: null, _actions: [] });
    const again = await send('Cancel before a driver accepts');
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('invalid_ride_transition');
  });

  it('returns at most three available drivers within 2 km, nearest first, each with distance_km', async () => {
    const { status, json } = await send('Drivers near the pickup');
    expect(status).toBe(200);
    expect(json.data.length).toBeGreaterThan(0);
    expect(json.data.length).toBeLessThanOrEqual(3);
    const distances = json.data.map((d: { distance_km: number }) => d.distance_km);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const driver of json.data) {
      expect(driver.status).toBe('available');
      expect(driver.distance_km).toBeLessThanOrEqual(2);
    }
  });

  it('describes the simulation: running, a speed from 1 to 20 and a stream link filtered to city events', async () => {
    const { status, json } = await send("The city simulation's state");
    expect(status).toBe(200);
    expect(typeof json.running).toBe('boolean');
    expect(json.speed).toBeGreaterThanOrEqual(1);
    expect(json.speed).toBeLessThanOrEqual(20);
    expect(decodeURIComponent(json.links.stream)).toContain('driver.location_updated,ride.*');
  });

  it('after a reset and a new request, refuses an accept from a driver without the offer with 409 naming drv_1', async () => {
    await send('Request a ride');
    await send('Cancel before a driver accepts');
    expect((await send('Reset the sandbox')).status).toBe(204);
    const again = await send('Request a ride');
    expect(again.json.data.id).toBe('ride_1');
    const { status, json } = await send('Accept as a driver who holds no offer');
    expect(status).toBe(409);
    expect(json.error.code).toBe('driver_unavailable');
    expect(json.error.message).toContain('drv_1');
  });

  it('answers the GraphQL screen query: a requested ride with no driver yet, and nearby drivers nearest first', async () => {
    await send('Request a ride');
    const { status, json } = await send("The rider app's screen in one query");
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data.ride).toEqual({ id: 'ride_1', status: 'requested', driver: null });
    const distances = json.data.nearbyDrivers.map((d: { distanceKm: number }) => d.distanceKm);
    expect(distances.length).toBeGreaterThan(0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });
});
