import type { CityPorts } from './city-sim';
import type { LatLng } from './records';
import { isActive } from './ride-moves';
import type { Rides } from './rides-store';

/**
 * Connects the city simulation to the rides domain through the API's own routes, so a
 * simulated driver changes nothing a real driver app could not: positions go to
 * POST /drivers/{id}/location (its router alone, so the simulation's many small reports
 * do not eat the demo caller's rate limit or fill the request log), and offers are
 * accepted with POST /rides/{id}/accept through the whole app, like a tap in a driver app.
 */

type Send = (request: Request) => Promise<Response>;

/** Where the simulation's requests pretend to come from (never resolved: the routers answer them in memory). */
const SIM_ORIGIN = 'http://city-simulation.sandbox';

/**
 * The ports the simulation needs, over the rides tables and two doors into the API.
 * @param driverRouter the drivers router (paths relative to /api/v1), for the location reports
 * @param app the whole sandbox app, for the accept
 */
export function cityPorts(rides: Rides, driverRouter: Send, app: Send): CityPorts {
  return {
    drivers: () => rides.drivers.all(),
    activeRideOf: (driverId) => rides.rides.all().find((ride) => ride.driver_id === driverId && isActive(ride)),
    async reportLocation(driverId, location: LatLng) {
      const response = await driverRouter(post(`/drivers/${encodeURIComponent(driverId)}/location`, location));
      if (!response.ok) throw new Error(`The simulated location report of ${driverId} was refused (HTTP ${response.status}): ${await response.text()}`);
    },
    async acceptOffer(rideId, driverId) {
      const response = await app(post(`/api/v1/rides/${encodeURIComponent(rideId)}/accept`, { driver_id: driverId }));
      if (!response.ok) throw new Error(`The simulated accept of ${rideId} by ${driverId} was refused (HTTP ${response.status}).`); // the offer lapsed meanwhile
    },
  };
}

function post(path: string, body: unknown): Request {
  return new Request(SIM_ORIGIN + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}
