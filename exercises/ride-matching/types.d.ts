// Types the editor knows about while you solve "ride-matching". They are global:
// use them in your code without importing anything.

/** A point on the Earth in degrees: lat from -90 (south pole) to 90, lng from -180 to 180. */
interface MatchPoint {
  lat: number;
  lng: number;
}

/** Only an available driver can be offered a ride; offered and busy drivers already have one. */
type MatchDriverStatus = 'offline' | 'available' | 'offered' | 'busy';

/** A driver as the matching service sees them. */
interface MatchDriver {
  /** e.g. "drv_0012". */
  id: string;
  status: MatchDriverStatus;
  /** Where the driver reported they are. */
  location: MatchPoint;
}

/** How far to look and how many drivers to return. */
interface MatchOptions {
  /** Largest great-circle distance in kilometres, included. Default 5. */
  radiusKm?: number;
  /** Most drivers to return. Default 5. */
  limit?: number;
}

/** One driver found, with their distance from the pickup. */
interface DriverMatch {
  driver: MatchDriver;
  /** Great-circle distance from the pickup in kilometres, on a sphere of radius 6371 km. */
  distanceKm: number;
}
