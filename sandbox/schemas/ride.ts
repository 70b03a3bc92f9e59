import { z } from '@hono/zod-openapi';
import { DRIVER_STATUSES, RIDE_STATUSES, RIDER_TIERS } from '../rides/records';
import { RIDE_EVENTS } from '../rides/ride-lifecycle';
import { ListMetaSchema, listSchema, MoneySchema, singleSchema, TimestampSchema } from './common';

/** The capstone's request and response schemas: riders, drivers, rides and ratings (chapter 12). */

export const LatLngSchema = z
  .strictObject({
    lat: z.number().min(-90).max(90).openapi({ description: 'Latitude in degrees, −90 to 90.', example: 52.52 }),
    lng: z.number().min(-180).max(180).openapi({ description: 'Longitude in degrees, −180 to 180.', example: 13.405 }),
  })
  .openapi('LatLng');

const VehicleSchema = z
  .strictObject({
    make: z.string().min(1).max(40).openapi({ example: 'Toyota' }),
    model: z.string().min(1).max(40).openapi({ example: 'Prius' }),
    plate: z.string().min(1).max(16).openapi({ example: 'B-RD 101' }),
    seats: z.int().min(1).max(8).openapi({ description: 'Passenger seats.', example: 4 }),
  })
  .openapi('Vehicle');

export const DriverSchema = z
  .object({
    id: z.string().openapi({ example: 'drv_1' }),
    name: z.string().openapi({ example: 'Mina Okafor' }),
    vehicle: VehicleSchema,
    status: z.enum(DRIVER_STATUSES).openapi({ description: 'offline; available for a ride; offered one (waiting for the answer); busy on a ride.' }),
    location: LatLngSchema,
    rating: z.number().min(1).max(5).openapi({ description: 'Average stars from riders, one decimal; 5 before the first rating.', example: 4.8 }),
    user_id: z.string().nullable().openapi({ description: 'The user who registered as this driver; null for the demo drivers.', example: null }),
  })
  .openapi('Driver');

export const DriverCreateSchema = z
  .strictObject({
    name: z.string().min(1).max(80).openapi({ example: 'Grace Hopper' }),
    vehicle: VehicleSchema,
    location: LatLngSchema.optional().openapi({ description: 'Where the driver starts; the city centre when left out.' }),
  })
  .openapi('DriverCreate');

export const RiderSchema = z
  .object({
    id: z.string().openapi({ example: 'rdr_1' }),
    user_id: z.string().openapi({ example: 'usr_1' }),
    name: z.string().openapi({ example: 'Ada Lovelace' }),
    tier: z.enum(RIDER_TIERS).openapi({ description: 'basic: 5 ride requests per minute; premium: 20.' }),
  })
  .openapi('Rider');

export const RiderCreateSchema = z
  .strictObject({
    name: z.string().min(1).max(80).openapi({ example: 'Grace Hopper' }),
    tier: z.enum(RIDER_TIERS).default('basic').openapi({ description: 'basic unless premium is asked for.' }),
  })
  .openapi('RiderCreate');

const RideActionSchema = z
  .object({
    name: z.enum(RIDE_EVENTS).openapi({ description: 'The step; branch on this.' }),
    method: z.literal('POST'),
    href: z.string().openapi({ example: '/api/v1/rides/ride_1/accept' }),
  })
  .openapi('RideAction', { description: 'A step the ride accepts now: send method to href.' });

export const RideSchema = z
  .object({
    id: z.string().openapi({ example: 'ride_1' }),
    rider_id: z.string().openapi({ example: 'rdr_1' }),
    driver_id: z.string().nullable().openapi({ example: 'drv_1' }),
    status: z.enum(RIDE_STATUSES),
    pickup: LatLngSchema,
    dropoff: LatLngSchema,
    requested_at: TimestampSchema,
    matched_at: TimestampSchema.nullable(),
    started_at: TimestampSchema.nullable(),
    completed_at: TimestampSchema.nullable(),
    cancelled_at: TimestampSchema.nullable(),
    cancellation_fee: z.union([MoneySchema, z.null()]).openapi({ description: 'Charged when the rider cancels more than 2 sandbox minutes after a driver was matched.' }),
    fare: z.union([MoneySchema, z.null()]).openapi({ description: 'Set when the ride completes: base fare plus a price per km.' }),
    payment_id: z.string().nullable().openapi({ example: 'rpay_1' }),
    payment_status: z.enum(['pending', 'succeeded']).nullable().openapi({
      description: 'null until completed; succeeded once the fare was charged; pending when the provider or its circuit breaker refused the charge (the ride stays completed and the fare is owed).',
    }),
    note: z.string().nullable().openapi({ description: 'Why a requested ride is still waiting, e.g. no_driver_available.', example: null }),
    _actions: z.array(RideActionSchema).openapi({ description: 'The steps the ride’s lifecycle accepts now.' }),
  })
  .openapi('Ride');

export const RideCreateSchema = z.strictObject({ pickup: LatLngSchema, dropoff: LatLngSchema }).openapi('RideCreate');
export const DriverChoiceSchema = z.strictObject({ driver_id: z.string().openapi({ example: 'drv_1' }) }).openapi('DriverChoice');

export const RatingCreateSchema = z
  .strictObject({
    stars: z.int().min(1).max(5).openapi({ example: 5 }),
    comment: z.string().max(500).optional().openapi({ example: 'Smooth ride.' }),
  })
  .openapi('RatingCreate');

export const RatingSchema = z
  .object({
    id: z.string().openapi({ example: 'rtg_1' }),
    ride_id: z.string(),
    driver_id: z.string(),
    rider_id: z.string(),
    stars: z.int().min(1).max(5),
    comment: z.string().nullable(),
    created_at: TimestampSchema,
  })
  .openapi('Rating');

const SelfLinks = z.object({ self: z.string() }).openapi('RideSelfLinks');

export const DriverResponseSchema = singleSchema('DriverResponse', DriverSchema, SelfLinks);
export const DriverListSchema = listSchema('DriverList', DriverSchema, ListMetaSchema);
export const RiderResponseSchema = singleSchema('RiderResponse', RiderSchema, SelfLinks);
export const RiderListSchema = listSchema('RiderList', RiderSchema, ListMetaSchema);
export const RideResponseSchema = singleSchema('RideResponse', RideSchema, SelfLinks);
export const RideListSchema = listSchema('RideList', RideSchema, ListMetaSchema);
export const RatingResponseSchema = singleSchema('RatingResponse', RatingSchema, SelfLinks);
