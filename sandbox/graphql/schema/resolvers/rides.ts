import { rankNearbyDrivers } from '../../../rides/matching';
import type { DriverRecord, RideRecord } from '../../../rides/records';
import type { Rides } from '../../../rides/rides-store';
import type { GraphqlContext } from '../../context';
import { clientError, notFound } from '../errors';
import type { Resolver, ResolverMap } from './types';

/**
 * Where the rides view's fields come from: R1's rides store on the runtime, read the way
 * the REST routes read it (lapsed offers expire first), so both answer alike. The viewer
 * is Ada (usr_1), like everywhere in the GraphQL sandbox; she sees only her own rides.
 */

function ridesOf(context: GraphqlContext): Rides {
  // Only a sandbox built by app.ts has the rides store; a bare graphqlRoutes() does not.
  if (!context.rides) throw clientError('INTERNAL_SERVER_ERROR', 'This GraphQL endpoint was built without the rides store; use the sandbox’s /api/graphql.');
  context.rides.dispatcher.expireDue();
  return context.rides;
}

function viewerRides(context: GraphqlContext): RideRecord[] {
  const rides = ridesOf(context);
  const rider = rides.riders.all().find((r) => r.user_id === context.viewerId);
  if (!rider) return [];
  return rides.rides.all().filter((ride) => ride.rider_id === rider.id);
}

function inRange(name: string, value: number, min: number, max: number, hint: string): void {
  if (!Number.isFinite(value) || value < min || value > max) {
    throw clientError('BAD_USER_INPUT', `${name} must be between ${min} and ${max}, not ${value}. ${hint}`, { argument: name });
  }
}

const rides: Resolver<unknown, { first: number }, RideRecord[]> = (_parent, { first }, context) => {
  inRange('first', first, 1, 50, 'Ask for at most 50 rides at a time.');
  // Ids grow with time (ride_1, ride_2, …), so the highest number is the newest ride.
  const byNewest = (a: RideRecord, b: RideRecord) => Number(b.id.slice(5)) - Number(a.id.slice(5));
  return viewerRides(context).sort(byNewest).slice(0, first);
};

const ride: Resolver<unknown, { id: string }, RideRecord> = (_parent, { id }, context) => {
  const found = viewerRides(context).find((r) => r.id === id);
  // Another rider's ride answers like a missing one, so ids cannot be probed for other people's trips.
  if (!found) throw notFound('ride of yours', id, 'List your rides with `rides { id }`; request one with POST /api/v1/rides.');
  return found;
};

const nearbyDrivers: Resolver<unknown, { lat: number; lng: number; radiusKm: number; first: number }> = (_parent, args, context) => {
  inRange('lat', args.lat, -90, 90, 'Latitude is in degrees north.');
  inRange('lng', args.lng, -180, 180, 'Longitude is in degrees east.');
  inRange('radiusKm', args.radiusKm, 0, 50, 'Search within at most 50 km.');
  inRange('first', args.first, 1, 20, 'Ask for at most 20 drivers.');
  const ranked = rankNearbyDrivers(ridesOf(context).drivers.all(), { lat: args.lat, lng: args.lng }, { radiusKm: args.radiusKm, limit: args.first });
  return ranked.map(({ driver, distanceKm }) => ({ ...driver, distanceKm: Math.round(distanceKm * 1000) / 1000 }));
};

/** Resolvers for the rides view: Query.rides, Query.ride, Query.nearbyDrivers and Ride's fields. */
export const rideResolvers: ResolverMap = {
  Query: { rides, ride, nearbyDrivers },
  Ride: {
    driver: (r: RideRecord, _args: unknown, context: GraphqlContext): DriverRecord | null => (r.driver_id ? (ridesOf(context).drivers.get(r.driver_id) ?? null) : null),
    requestedAt: (r: RideRecord) => r.requested_at,
    matchedAt: (r: RideRecord) => r.matched_at,
    startedAt: (r: RideRecord) => r.started_at,
    completedAt: (r: RideRecord) => r.completed_at,
    cancelledAt: (r: RideRecord) => r.cancelled_at,
    cancellationFee: (r: RideRecord) => r.cancellation_fee,
  },
};
