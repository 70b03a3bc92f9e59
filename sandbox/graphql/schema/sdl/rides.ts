/**
 * The rider app's read-only view of the ride-sharing capstone (chapter 12): the viewer's
 * rides with their driver and vehicle, and the free cars near a point, in one round trip.
 * The lifecycle steps stay REST actions (/api/v1/rides/{id}/...), where their status
 * codes and rate limits are defined; this view only reads the same store.
 */
export const ridesTypeDefs = /* GraphQL */ `
  extend type Query {
    "The viewer's rides, newest first (at most \`first\`, 1-50, default 10)."
    rides(first: Int = 10): [Ride!]!
    "One of the viewer's rides; null with a NOT_FOUND error when it is not theirs or does not exist."
    ride(id: ID!): Ride
    "Available drivers within radiusKm (0-50, default 5) of the point, nearest first, at most \`first\` (1-20, default 5)."
    nearbyDrivers(lat: Float!, lng: Float!, radiusKm: Float = 5, first: Int = 5): [NearbyDriver!]!
  }

  enum RideStatus { requested matched driver_arriving in_progress completed cancelled }
  enum DriverStatus { offline available offered busy }

  type LatLng { lat: Float! lng: Float! }
  type Vehicle { make: String! model: String! plate: String! seats: Int! }

  type RideDriver {
    id: ID!
    name: String!
    rating: Float!
    status: DriverStatus!
    vehicle: Vehicle!
    location: LatLng!
  }

  type Ride {
    id: ID!
    status: RideStatus!
    pickup: LatLng!
    dropoff: LatLng!
    "Null until a driver has accepted."
    driver: RideDriver
    requestedAt: DateTime!
    matchedAt: DateTime
    startedAt: DateTime
    completedAt: DateTime
    cancelledAt: DateTime
    fare: Money
    cancellationFee: Money
  }

  type NearbyDriver {
    id: ID!
    name: String!
    rating: Float!
    vehicle: Vehicle!
    location: LatLng!
    "Great-circle distance from the point asked about, in km, rounded to metres."
    distanceKm: Float!
  }
`;
