import type { EventLog } from '../events/event-log';
import type { Clock } from '../store/clock';
import { seededRandom } from '../store/seeded-random';
import { cornerAt, nearestCorner, neighbours, samePoint, stepToward, type LatLng } from './city-sim-grid';

/**
 * The simulated city (chapter 12): while it runs, every tick on the sandbox clock moves the
 * seeded drivers one short step along the street grid and reports each new position through
 * the same function as POST /drivers/{id}/location, so the map, the event feed and matching
 * see exactly what a real driver app would cause. Simulated drivers (no user behind them)
 * accept a ride offered to them after a short think. `speed` shortens the tick; pause stops
 * the ticks and the pending accepts; the sandbox's reset stops everything.
 */

/** Sandbox-clock milliseconds between two ticks at speed 1. */
export const BASE_TICK_MS = 1_000;
/** How far a drifting or driving car gets in one tick, in blocks (a block is about 550 m). */
export const STEP_BLOCKS = 0.2;
/** How long a simulated driver looks at an offer before accepting it, at speed 1. */
export const ACCEPT_DELAY_MS = 2_000;
export const MAX_SPEED = 20;
export const DEFAULT_SEED = 12;

/** What the simulation needs to know about a driver (the rides domain's Driver has more). */
export interface SimDriver {
  id: string;
  status: 'offline' | 'available' | 'offered' | 'busy';
  location: LatLng;
  user_id: string | null;
}

/** What the simulation needs to know about a driver's current ride. */
export interface SimRide {
  id: string;
  status: string;
  pickup: LatLng;
  dropoff: LatLng;
}

/** The rides domain, seen from the simulation: the same operations the REST routes call. */
export interface CityPorts {
  drivers(): readonly SimDriver[];
  /** The ride the driver is matched to or driving now, if any. */
  activeRideOf(driverId: string): SimRide | undefined;
  /** What POST /drivers/{id}/location does: store the position, publish driver.location_updated. */
  reportLocation(driverId: string, location: LatLng): void | Promise<void>;
  /** What POST /rides/{id}/accept does for that driver; throws when the offer is gone. */
  acceptOffer(rideId: string, driverId: string): void | Promise<void>;
}

export interface CityState {
  running: boolean;
  speed: number;
  seed: number;
  /** Ticks since the last reset. */
  ticks: number;
  /** Sandbox-clock milliseconds between two ticks at this speed. */
  tick_interval_ms: number;
}

export class CitySimulation {
  #ports: CityPorts | undefined;
  #running = false;
  #speed = 1;
  #seed = DEFAULT_SEED;
  #ticks = 0;
  #random = seededRandom(DEFAULT_SEED);
  /** Each drifting driver's next corner and the corner it came from (so it does not turn back at once). */
  #routes = new Map<string, { to: { row: number; col: number }; from?: { row: number; col: number } }>();
  #run: AbortController | undefined;
  #stopListening: (() => void) | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly events: EventLog,
  ) {}

  /** Plugs in the rides domain; the app calls this once its rides are built. */
  connect(ports: CityPorts): void {
    this.#ports = ports;
  }

  get state(): CityState {
    return { running: this.#running, speed: this.#speed, seed: this.#seed, ticks: this.#ticks, tick_interval_ms: this.#interval() };
  }

  /** Changes any of running, speed and seed; a new seed restarts the random sequence. Returns the new state. */
  update(change: { running?: boolean; speed?: number; seed?: number }): CityState {
    if (change.speed !== undefined) this.#speed = Math.max(1, Math.min(MAX_SPEED, change.speed));
    if (change.seed !== undefined) {
      this.#seed = change.seed;
      this.#random = seededRandom(change.seed);
      this.#routes.clear();
    }
    if (change.running === true) this.#start();
    else if (change.running === false) this.#stop();
    else if (change.speed !== undefined && this.#running) this.#restartLoop(); // the next tick comes at the new pace
    return this.state;
  }

  /** Stops the simulation and forgets its progress (the sandbox's reset). */
  reset(): void {
    this.#stop();
    this.#speed = 1;
    this.#seed = DEFAULT_SEED;
    this.#random = seededRandom(DEFAULT_SEED);
    this.#ticks = 0;
    this.#routes.clear();
  }

  /**
   * Moves every demo driver one step and reports where each one is now. Public so tests can
   * tick by hand; `signal` ends a tick half-way when the city is paused or reset meanwhile.
   */
  async tick(signal?: AbortSignal): Promise<void> {
    const ports = this.#requirePorts();
    this.#ticks += 1;
    const drivers = [...ports.drivers()].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
    for (const driver of drivers) {
      if (signal?.aborted) return; // a reset must not see one more step of the old run
      // A registered driver belongs to a signed-in user who reports their own position; only the demo drivers are ours to move.
      if (driver.status === 'offline' || driver.user_id !== null) continue;
      const next = this.#nextPosition(ports, driver);
      if (next && !samePoint(next, driver.location)) await ports.reportLocation(driver.id, next);
    }
  }

  #nextPosition(ports: CityPorts, driver: SimDriver): LatLng | undefined {
    const ride = driver.status === 'busy' ? ports.activeRideOf(driver.id) : undefined;
    if (ride) {
      this.#routes.delete(driver.id); // after the ride it drifts on from wherever it dropped the rider
      if (ride.status === 'in_progress') return stepToward(driver.location, ride.dropoff, STEP_BLOCKS);
      if (ride.status === 'matched' || ride.status === 'driver_arriving') return stepToward(driver.location, ride.pickup, STEP_BLOCKS);
      return undefined; // completed or cancelled a moment ago: stand still until the domain frees the driver
    }
    let route = this.#routes.get(driver.id);
    if (!route) route = { to: nearestCorner(driver.location) };
    let target = cornerAt(route.to.row, route.to.col);
    if (samePoint(driver.location, target)) {
      route = { to: this.#pickTurn(route.to, route.from), from: route.to };
      target = cornerAt(route.to.row, route.to.col);
    }
    this.#routes.set(driver.id, route);
    return stepToward(driver.location, target, STEP_BLOCKS);
  }

  /** A random neighbouring corner, not straight back unless it is a dead end. */
  #pickTurn(at: { row: number; col: number }, cameFrom?: { row: number; col: number }) {
    const options = neighbours(at.row, at.col);
    const forward = options.filter((corner) => !(cameFrom && corner.row === cameFrom.row && corner.col === cameFrom.col));
    const choices = forward.length > 0 ? forward : options;
    return choices[Math.floor(this.#random() * choices.length)]!;
  }

  #start(): void {
    if (this.#running) return;
    this.#requirePorts();
    this.#running = true;
    // Simulated drivers answer offers made while the city runs; a real driver's user answers their own.
    this.#stopListening = this.events.subscribe((event) => {
      if (event.type !== 'ride.offered') return;
      const { ride_id, driver_id } = event.data as { ride_id: string; driver_id: string };
      const driver = this.#ports?.drivers().find((candidate) => candidate.id === driver_id);
      if (driver && driver.user_id === null) void this.#acceptLater(ride_id, driver_id, this.#run!.signal);
    });
    this.#restartLoop();
  }

  #stop(): void {
    this.#running = false;
    this.#run?.abort();
    this.#run = undefined;
    this.#stopListening?.();
    this.#stopListening = undefined;
  }

  #restartLoop(): void {
    this.#run?.abort();
    const run = new AbortController();
    this.#run = run;
    void this.#loop(run.signal);
  }

  async #loop(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      try {
        await this.clock.sleep(this.#interval(), signal);
      } catch {
        return; // paused, sped up (a new loop took over) or reset
      }
      try {
        await this.tick(signal);
      } catch (error) {
        console.error('[sandbox] the city simulation failed to move its drivers:', error); // a bug, never the client's doing
      }
    }
  }

  async #acceptLater(rideId: string, driverId: string, signal: AbortSignal): Promise<void> {
    try {
      await this.clock.sleep(ACCEPT_DELAY_MS / this.#speed, signal);
    } catch {
      return; // paused or reset before the driver made up their mind: the offer times out as usual
    }
    try {
      await this.#ports!.acceptOffer(rideId, driverId);
    } catch {
      // The offer expired, was withdrawn or the ride was cancelled meanwhile: a real driver's late tap fails the same way.
    }
  }

  #interval(): number {
    return Math.round(BASE_TICK_MS / this.#speed);
  }

  #requirePorts(): CityPorts {
    if (!this.#ports) throw new Error('The city simulation has no rides domain: call connect(ports) when the app is built (sandbox/app.ts).');
    return this.#ports;
  }
}
