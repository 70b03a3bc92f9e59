import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { principalOf } from '../auth/authenticate';
import { mobileDashboard, partnerOrderSummary, webDashboard } from '../bff/dashboards';
import { serverTiming, type CallTiming } from '../bff/gather';
import type { Upstreams } from '../bff/upstreams';
import { viewerOf } from '../bff/viewer';
import { createRouter, type SandboxEnv } from '../env';
import { MobileDashboardSchema, PartnerOrderSummarySchema, WebDashboardSchema } from '../schemas/bff';
import { jsonContent } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import type { Clock } from '../store/clock';
import type { Store } from '../store/store';

/**
 * Chapter 9's Backends for Frontends: one dashboard endpoint per kind of client, each
 * aggregating the user, order and product services in parallel (sandbox/bff/).
 */

const tags = ['BFF'];
const timingHeaders = z.object({
  'Server-Timing': z.string().openapi({ description: 'Each upstream call’s duration and the total, in ms.', example: 'user;dur=80, orders;dur=120, recommendations;dur=100, total;dur=120' }),
});
const auth = 'Send Authorization: Bearer <access token or API key> for your own data; without it the answer is the demo user’s (usr_1), and meta.viewer.authenticated says so.';
const errors = errorResponses('invalid_token', 'invalid_api_key', 'service_unavailable', 'internal_error');

const getMobile = createRoute({
  method: 'get',
  path: '/api/mobile/v1/dashboard',
  operationId: 'getMobileDashboard',
  tags,
  summary: 'Get the mobile app’s dashboard',
  description: `Small on purpose: first name, avatar, tier, five recent orders (day and item count only) and ten recommendations. Orders and recommendations may be null when their service fails; meta.degraded says which. ${auth}`,
  responses: { 200: { ...jsonContent(MobileDashboardSchema, 'The dashboard, possibly with degraded sections.'), headers: timingHeaders }, ...errors },
});

const getWeb = createRoute({
  method: 'get',
  path: '/api/web/v1/dashboard',
  operationId: 'getWebDashboard',
  tags,
  summary: 'Get the web app’s dashboard',
  description: `Full profile, twenty orders with items, recommendations with reasons, preferences and totals over all orders. Every section but the profile may be null when its service fails; meta.degraded says which. ${auth}`,
  responses: { 200: { ...jsonContent(WebDashboardSchema, 'The dashboard, possibly with degraded sections.'), headers: timingHeaders }, ...errors },
});

const getPartner = createRoute({
  method: 'get',
  path: '/api/partners/v1/order-summary',
  operationId: 'getPartnerOrderSummaryV1',
  tags,
  summary: 'Get the partner order summary (format v1)',
  description: `A stable format for third parties: snake_case, ISO 8601 instants in UTC, calendar days in the customer's zone, amounts in minor units. Never partial: if a service fails, the answer is 503 with Retry-After. ${auth}`,
  responses: { 200: { ...jsonContent(PartnerOrderSummarySchema, 'The customer and their twenty most recent orders.'), headers: timingHeaders }, ...errors },
});

/** The three BFF routes, at their full paths (they live outside /api/v1). */
export function bffRoutes(store: Store, clock: Clock, upstreams: Upstreams) {
  const timed = (c: Context<SandboxEnv>, result: { timings: CallTiming[]; total_ms: number }) => c.header('Server-Timing', serverTiming(result.timings, result.total_ms));
  return createRouter()
    .openapi(getMobile, async (c) => {
      const result = await mobileDashboard(upstreams, clock, viewerOf(principalOf(c)));
      timed(c, result);
      return c.json(result.body, 200);
    })
    .openapi(getWeb, async (c) => {
      const result = await webDashboard(upstreams, clock, store, viewerOf(principalOf(c)));
      timed(c, result);
      return c.json(result.body, 200);
    })
    .openapi(getPartner, async (c) => {
      const result = await partnerOrderSummary(upstreams, clock, viewerOf(principalOf(c)), new Date(clock.now()).toISOString());
      timed(c, result);
      return c.json(result.body, 200);
    });
}
