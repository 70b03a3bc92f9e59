import { z } from '@hono/zod-openapi';
import { ORDER_STATUSES } from '../store/records';
import { MoneySchema } from './common';

/*
 * The wire shapes of the three BFFs (sandbox/bff/). Mobile and web are shaped for the app that
 * calls them and may change with it; the partner format is a published contract (v1) that
 * changes only by adding a v2 beside it.
 */

const tier = z.enum(['basic', 'silver', 'gold']).openapi({ description: 'Membership tier from the user service.', example: 'gold' });
const day = z.iso.date().openapi({ description: 'Calendar day in the customer’s time zone (YYYY-MM-DD).', example: '2026-01-12' });
const status = z.enum(ORDER_STATUSES);

export const ViewerSchema = z
  .strictObject({
    user_id: z.string().openapi({ example: 'usr_1' }),
    authenticated: z.boolean().openapi({ description: 'false: no credentials were sent, so this is the demo user’s (usr_1) dashboard.' }),
  })
  .openapi('DashboardViewer');

export const DegradedSchema = z
  .strictObject({
    section: z.string().openapi({ description: 'The field that is null because its service failed.', example: 'recommendations' }),
    reason: z.enum(['timeout', 'error']),
  })
  .openapi('DegradedSection');

const meta = z.strictObject({
  viewer: ViewerSchema,
  degraded: z.array(DegradedSchema).openapi({ description: 'Sections left out because their service timed out or failed; empty when the answer is complete.' }),
});

const nullable = <S extends z.ZodType>(schema: S, what: string) => schema.nullable().openapi({ description: `${what} null when its service failed (see meta.degraded).` });

export const MobileDashboardSchema = z
  .strictObject({
    user: z.strictObject({
      first_name: z.string().openapi({ example: 'Ada' }),
      avatar_url: z.string().openapi({ description: 'A data: URL (SVG with the initials): no second request.' }),
      membership_tier: tier,
    }),
    recent_orders: nullable(
      z.array(z.strictObject({ id: z.string(), status, date: day, item_count: z.int().min(0), total: MoneySchema })).max(5),
      'The five most recent orders, newest first;',
    ),
    recommendations: nullable(z.array(z.strictObject({ id: z.string(), name: z.string(), price: MoneySchema, rating: z.number().min(1).max(5) })).max(10), 'Ten recommended items;'),
    meta,
  })
  .openapi('MobileDashboard');

const webOrder = z.strictObject({
  id: z.string(),
  status,
  created_at: z.iso.datetime(),
  local_date: day,
  items: z.array(
    z.strictObject({ product_id: z.string(), product_name: z.string().nullable().openapi({ description: 'null when the product has since been deleted.' }), quantity: z.int().min(1), unit_price: MoneySchema }),
  ),
  total: MoneySchema,
});

export const WebDashboardSchema = z
  .strictObject({
    user: z.strictObject({
      id: z.string(),
      name: z.string(),
      first_name: z.string(),
      email: z.email(),
      avatar_url: z.string(),
      membership_tier: tier,
      member_since: z.iso.datetime(),
      time_zone: z.string().openapi({ example: 'Europe/London' }),
    }),
    orders: nullable(z.array(webOrder).max(20), 'The twenty most recent orders with their items;'),
    recommendations: nullable(
      z.array(z.strictObject({ id: z.string(), name: z.string(), category: z.string(), price: MoneySchema, rating: z.number().min(1).max(5), ratings_count: z.int().min(0), reason: z.string() })).max(10),
      'Recommended items with the reason for each;',
    ),
    preferences: nullable(
      z.strictObject({ language: z.string(), newsletter: z.boolean(), favourite_categories: z.array(z.string()), order_updates: z.enum(['email', 'push', 'none']) }),
      'The user’s preferences;',
    ),
    analytics: nullable(
      z.strictObject({
        total_orders: z.int().min(0).openapi({ description: 'All of the user’s orders, not only the twenty shown.' }),
        total_spent: MoneySchema,
        average_order_value: MoneySchema,
      }),
      'Totals over all orders (cancelled ones are not spent);',
    ),
    meta,
  })
  .openapi('WebDashboard');

export const PartnerOrderSummarySchema = z
  .strictObject({
    api_version: z.literal('1').openapi({ description: 'The format’s version. Fields are only ever added within a version.' }),
    generated_at: z.iso.datetime().openapi({ description: 'When this summary was produced (ISO 8601, UTC).' }),
    customer: z.strictObject({
      customer_id: z.string().openapi({ example: 'usr_1' }),
      display_name: z.string(),
      membership_tier: tier,
      member_since: z.iso.datetime(),
      time_zone: z.string().openapi({ description: 'IANA time zone; placed_on is the day in this zone.', example: 'Europe/London' }),
    }),
    orders: z.array(
      z.strictObject({
        order_id: z.string(),
        status,
        placed_at: z.iso.datetime().openapi({ description: 'The instant, in UTC.' }),
        placed_on: day,
        item_count: z.int().min(0).openapi({ description: 'Units ordered (sum of quantities).' }),
        total_amount_minor: z.int().min(0).openapi({ description: 'Total in minor units (cents).', example: 11499 }),
        currency: z.literal('EUR').openapi({ description: 'ISO 4217.' }),
      }),
    ).max(20).openapi({ description: 'The twenty most recent orders, newest first.' }),
    total_orders: z.int().min(0),
  })
  .openapi('PartnerOrderSummaryV1');

const ms = z.int().min(0).max(60_000);

export const UpstreamSettingsSchema = z
  .strictObject({
    latency_ms: z.strictObject({ user: ms, order: ms, product: ms }).openapi({ description: 'How long each service takes to answer.', example: { user: 80, order: 120, product: 100 } }),
    failing: z.array(z.enum(['user', 'order', 'product'])).openapi({ description: 'Services that answer with an error.', example: [] }),
    timeout_ms: z.int().min(1).max(60_000).openapi({ description: 'How long a BFF waits for one service.', example: 500 }),
  })
  .openapi('BffUpstreamSettings');
