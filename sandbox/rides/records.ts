import type { Money } from '../store/records';

/**
 * The ride-sharing capstone's records (chapter 12): drivers with their vehicles, riders
 * with their tier, rides with their lifecycle timestamps, the payments for finished rides
 * and the riders' ratings. Shapes are the shared contract in the issue 8 brief.
 */

export interface LatLng {
  lat: number;
  lng: number;
}

export const DRIVER_STATUSES = ['offline', 'available', 'offered', 'busy'] as const;
export type DriverStatus = (typeof DRIVER_STATUSES)[number];

export interface Vehicle {
  make: string;
  model: string;
  plate: string;
  seats: number;
}

export interface DriverRecord {
  id: string;
  name: string;
  vehicle: Vehicle;
  status: DriverStatus;
  location: LatLng;
  /** Average of the stars riders gave, one decimal; 5 for a driver nobody rated yet. */
  rating: number;
  /** The signed-in user who registered as this driver; null for the seeded demo drivers. */
  user_id: string | null;
}

export const RIDER_TIERS = ['basic', 'premium'] as const;
export type RiderTier = (typeof RIDER_TIERS)[number];

export interface RiderRecord {
  id: string;
  user_id: string;
  name: string;
  tier: RiderTier;
}

export const RIDE_STATUSES = ['requested', 'matched', 'driver_arriving', 'in_progress', 'completed', 'cancelled'] as const;
export type RideStatus = (typeof RIDE_STATUSES)[number];

/** Whether the fare was charged: null until the ride completes; pending when the charge failed and is owed. */
export type RidePaymentStatus = 'pending' | 'succeeded' | null;

export interface RideRecord {
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
  cancellation_fee: Money | null;
  fare: Money | null;
  payment_id: string | null;
  payment_status: RidePaymentStatus;
  /** Why a requested ride is still waiting, e.g. `no_driver_available`; null otherwise. */
  note: string | null;
}

export interface RidePaymentRecord {
  id: string;
  ride_id: string;
  amount: Money;
  status: 'succeeded';
  provider_reference: string;
  created_at: string;
}

export interface RatingRecord {
  id: string;
  ride_id: string;
  driver_id: string;
  rider_id: string;
  stars: number;
  comment: string | null;
  created_at: string;
}
