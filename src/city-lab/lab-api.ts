import { JSON_HEADERS, sandboxBody } from '../explorer/sandbox-json';

/**
 * The city lab's calls to the in-browser sandbox: the simulation's control route and the
 * same public rides API any rider app uses. Non-2xx answers throw with the envelope's
 * message, which already says what to do.
 */

export interface LatLng {
  lat: number;
  lng: number;
}

export type DriverStatus = 'offline' | 'available' | 'offered' | 'busy';

export interface Driver {
  id: string;
  name: string;
  status: DriverStatus;
  location: LatLng;
  vehicle: { make: string; model: string; plate: string };
}

export interface Money {
  amount: number;
  currency: string;
}

/** "12.34 EUR" for the page. */
export const formatMoney = (money: Money) => `${(money.amount / 100).toFixed(2)} ${money.currency}`;

export type RideStatus = 'requested' | 'matched' | 'driver_arriving' | 'in_progress' | 'completed' | 'cancelled';

export interface Ride {
  id: string;
  rider_id: string;
  driver_id: string | null;
  status: RideStatus;
  pickup: LatLng;
  dropoff: LatLng;
  requested_at: string;
  matched_at: string | null;
  started_at: string | null;
  completed_at: string | null;
  cancelled_at: string | null;
  /** Minor units: 1234 means 12.34. */
  fare: Money | null;
  cancellation_fee: Money | null;
  /** What the lifecycle accepts next (HATEOAS): the page offers exactly these steps. */
  _actions: { name: string; method: string; href: string }[];
}

export interface CityState {
  running: boolean;
  speed: number;
  seed: number;
  ticks: number;
  tick_interval_ms: number;
}


export function getCity(): Promise<CityState> {
  return sandboxBody<CityState>('/api/v1/sandbox/city');
}

/** Starts, pauses or speeds up the simulated city. */
export function updateCity(change: Partial<Pick<CityState, 'running' | 'speed'>>): Promise<CityState> {
  return sandboxBody<CityState>('/api/v1/sandbox/city', { method: 'PUT', headers: JSON_HEADERS, body: JSON.stringify(change) });
}

/** Every driver (the seeded city has a dozen; one page of 100 holds them all). */
export async function listDrivers(): Promise<Driver[]> {
  return (await sandboxBody<{ data: Driver[] }>('/api/v1/drivers?limit=100')).data;
}

/** The demo rider's rides (an anonymous caller is Ada's rider), oldest first. */
export async function listRides(): Promise<Ride[]> {
  return (await sandboxBody<{ data: Ride[] }>('/api/v1/rides?limit=100')).data;
}

/** The ride events the sandbox still keeps, oldest first (the timeline of a ride begun before this page opened). */
export async function listRideEvents(): Promise<{ id: number; type: string; data: Record<string, unknown>; occurred_at: string }[]> {
  return (await sandboxBody<{ data: { id: number; type: string; data: Record<string, unknown>; occurred_at: string }[] }>('/api/v1/events?types=ride.*&limit=1000')).data;
}

export async function getRide(id: string): Promise<Ride> {
  return (await sandboxBody<{ data: Ride }>(`/api/v1/rides/${encodeURIComponent(id)}`)).data;
}

/** Requests a ride as the demo rider (an anonymous caller rides as Ada, usr_1). */
export async function requestRide(pickup: LatLng, dropoff: LatLng): Promise<Ride> {
  return (await sandboxBody<{ data: Ride }>('/api/v1/rides', { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ pickup, dropoff }) })).data;
}

/** One lifecycle step on a ride: arrive, start, complete or cancel (they take no body). */
export async function rideAction(id: string, action: 'arrive' | 'start' | 'complete' | 'cancel'): Promise<Ride> {
  return (await sandboxBody<{ data: Ride }>(`/api/v1/rides/${encodeURIComponent(id)}/${action}`, { method: 'POST' })).data;
}

/** Rates a completed ride, 1 to 5 stars. */
export async function rateRide(id: string, stars: number): Promise<void> {
  await sandboxBody(`/api/v1/rides/${encodeURIComponent(id)}/rating`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify({ stars }) });
}

/** The WebSocket on this page's own origin (answered inside the page by MSW). */
export const socketUrl = () => `${location.origin.replace(/^http/, 'ws')}/api/v1/realtime`;
