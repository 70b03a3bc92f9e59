import { describe, expect, it } from 'vitest';
import { EventLog } from '../../sandbox/events/event-log';
import { ACCEPT_DELAY_MS, BASE_TICK_MS, CitySimulation, type CityPorts, type SimDriver, type SimRide } from '../../sandbox/rides/city-sim';
import { LAT_SPACING, LNG_SPACING, CITY_CENTER, type LatLng } from '../../sandbox/rides/city-sim-grid';
import { createManualClock } from '../../sandbox/store/clock';

/** A tiny rides domain: drivers in a map, every report and accept recorded. */
function fakeCity(drivers: SimDriver[], rides: Record<string, SimRide> = {}) {
  const reports: { driverId: string; location: LatLng }[] = [];
  const accepts: string[] = [];
  const ports: CityPorts = {
    drivers: () => drivers,
    activeRideOf: (id) => rides[id],
    reportLocation: (driverId, location) => {
      reports.push({ driverId, location });
      drivers.find((d) => d.id === driverId)!.location = location;
    },
    acceptOffer: (rideId, driverId) => {
      accepts.push(`${rideId}:${driverId}`);
    },
  };
  return { ports, reports, accepts };
}

const seeded = (): SimDriver[] => [
  { id: 'drv_1', status: 'available', location: { lat: 52.5231, lng: 13.4112 }, user_id: null },
  { id: 'drv_2', status: 'available', location: { lat: 52.5102, lng: 13.3904 }, user_id: null },
  { id: 'drv_3', status: 'offline', location: { lat: 52.53, lng: 13.42 }, user_id: null },
];

/** True when a point lies on an east–west or a north–south street of the grid. */
function onStreet(point: LatLng): boolean {
  const near = (value: number, origin: number, spacing: number) => Math.abs((value - origin) / spacing - Math.round((value - origin) / spacing)) < 1e-3;
  return near(point.lat, CITY_CENTER.lat, LAT_SPACING) || near(point.lng, CITY_CENTER.lng, LNG_SPACING);
}

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('city simulation', () => {
  it('moves every driver that is not offline and reports the new positions', async () => {
    const clock = createManualClock('2026-03-01T12:00:00Z');
    const sim = new CitySimulation(clock, new EventLog(clock));
    const city = fakeCity(seeded());
    sim.connect(city.ports);
    await sim.tick();
    expect(city.reports.map((r) => r.driverId)).toEqual(['drv_1', 'drv_2']);
  });

  it('leaves a registered driver alone: their own user reports their position', async () => {
    const clock = createManualClock(0);
    const sim = new CitySimulation(clock, new EventLog(clock));
    const drivers = seeded();
    drivers[0]!.user_id = 'usr_3';
    const city = fakeCity(drivers);
    sim.connect(city.ports);
    await sim.tick();
    expect(city.reports.map((r) => r.driverId)).toEqual(['drv_2']);
  });

  it('keeps drifting drivers on the streets once they reached the grid', async () => {
    const clock = createManualClock(0);
    const sim = new CitySimulation(clock, new EventLog(clock));
    const city = fakeCity(seeded());
    sim.connect(city.ports);
    for (let i = 0; i < 10; i++) await sim.tick(); // long enough to reach the first corner
    city.reports.length = 0;
    for (let i = 0; i < 60; i++) await sim.tick();
    expect(city.reports.length).toBe(120);
    for (const report of city.reports) expect(onStreet(report.location), JSON.stringify(report)).toBe(true);
  });

  it('drives the same routes for the same seed and different ones for another seed', async () => {
    const run = async (seed: number) => {
      const clock = createManualClock(0);
      const sim = new CitySimulation(clock, new EventLog(clock));
      const city = fakeCity(seeded());
      sim.connect(city.ports);
      sim.update({ seed });
      for (let i = 0; i < 40; i++) await sim.tick();
      return JSON.stringify(city.reports);
    };
    expect(await run(7)).toBe(await run(7));
    expect(await run(7)).not.toBe(await run(8));
  });

  it('drives a busy driver to the pickup, then to the drop-off once the ride is in progress', async () => {
    const clock = createManualClock(0);
    const sim = new CitySimulation(clock, new EventLog(clock));
    const pickup = { lat: 52.515, lng: 13.4 };
    const dropoff = { lat: 52.53, lng: 13.43 };
    const ride: SimRide = { id: 'ride_1', status: 'matched', pickup, dropoff };
    const drivers: SimDriver[] = [{ id: 'drv_1', status: 'busy', location: { lat: 52.52, lng: 13.405 }, user_id: null }];
    const city = fakeCity(drivers, { drv_1: ride });
    sim.connect(city.ports);
    for (let i = 0; i < 20; i++) await sim.tick();
    expect(drivers[0]!.location).toEqual(pickup);
    ride.status = 'in_progress';
    for (let i = 0; i < 40; i++) await sim.tick();
    expect(drivers[0]!.location).toEqual(dropoff);
  });

  it('ticks on the sandbox clock while running, faster at a higher speed, and not at all when paused', async () => {
    const clock = createManualClock(0);
    const sim = new CitySimulation(clock, new EventLog(clock));
    sim.connect(fakeCity(seeded()).ports);
    expect(sim.update({ running: true, speed: 4 })).toMatchObject({ running: true, speed: 4, tick_interval_ms: BASE_TICK_MS / 4 });
    for (let i = 0; i < 5; i++) await macrotask();
    expect(sim.state.ticks).toBeGreaterThanOrEqual(3);
    expect(clock.now()).toBe(sim.state.ticks * (BASE_TICK_MS / 4));
    sim.update({ running: false });
    const paused = sim.state.ticks;
    for (let i = 0; i < 5; i++) await macrotask();
    expect(sim.state.ticks).toBe(paused);
  });

  it('accepts an offer to a simulated driver after the delay, but leaves a real driver’s offer alone', async () => {
    const clock = createManualClock(0);
    const events = new EventLog(clock);
    const sim = new CitySimulation(clock, events);
    const drivers = seeded();
    drivers[1]!.user_id = 'usr_2';
    const city = fakeCity(drivers);
    sim.connect(city.ports);
    sim.update({ running: true });
    events.publish('ride.offered', { ride_id: 'ride_1', driver_id: 'drv_1', expires_at: '' });
    events.publish('ride.offered', { ride_id: 'ride_2', driver_id: 'drv_2', expires_at: '' });
    while (clock.now() < ACCEPT_DELAY_MS) await macrotask();
    await macrotask();
    sim.update({ running: false });
    expect(city.accepts).toEqual(['ride_1:drv_1']);
  });

  it('stops and forgets its progress on reset', async () => {
    const clock = createManualClock(0);
    const sim = new CitySimulation(clock, new EventLog(clock));
    sim.connect(fakeCity(seeded()).ports);
    sim.update({ running: true, speed: 20, seed: 99 });
    for (let i = 0; i < 3; i++) await macrotask();
    sim.reset();
    expect(sim.state).toEqual({ running: false, speed: 1, seed: 12, ticks: 0, tick_interval_ms: BASE_TICK_MS });
  });

  it('refuses to start before the rides domain is connected, saying what to call', async () => {
    const clock = createManualClock(0);
    const sim = new CitySimulation(clock, new EventLog(clock));
    expect(() => sim.update({ running: true })).toThrow(/connect\(ports\)/);
  });
});
