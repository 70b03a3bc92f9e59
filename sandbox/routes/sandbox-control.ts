import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { DEFAULT_FAULTS } from '../services/payment-provider';
import type { Runtime } from '../services/runtime';

/**
 * The lab bench, under /api/v1/sandbox/: dial faults into the simulated payment provider,
 * watch its circuit breaker, and put the whole sandbox back to its start. These routes
 * control the sandbox rather than model an API, so they are not rate limited
 * (see RATE_LIMIT_EXEMPT_PREFIX in patterns/rate-limit.ts).
 */

const tags = ['Sandbox'];
const CONTROL_BASE = resourcePath('sandbox');
const providerPath = `${CONTROL_BASE}/payment-provider`;
const breakerPath = `${CONTROL_BASE}/circuit-breakers/payment-provider`;

const faultFields = {
  failure_rate: z.number().min(0).max(1).openapi({ description: 'Share of charges that fail: 0 none, 0.5 half, 1 all.', example: 0.5 }),
  latency_ms: z.int().min(0).max(5000).openapi({ description: 'Delay before every answer of the provider, 0 to 5000 ms. Above 1000 ms, payments time out (504).', example: 200 }),
};

const ProviderSchema = z
  .object({
    ...faultFields,
    seed: z.int().openapi({ description: 'Seed of the pseudo-random sequence that picks which charges fail.', example: 1 }),
    stats: z.object({
      calls: z.int().min(0).openapi({ description: 'Charges the provider was asked for.' }),
      succeeded: z.int().min(0),
      failed: z.int().min(0).openapi({ description: 'Failed or abandoned (timed out) charges.' }),
    }),
    links: z.object({
      self: z.string().openapi({ example: providerPath }),
      circuit_breaker: z.string().openapi({ description: 'The breaker in front of this provider.', example: breakerPath }),
    }),
  })
  .openapi('PaymentProviderSettings');

const ProviderUpdateSchema = z
  .strictObject({
    ...faultFields,
    seed: z.int().min(0).max(2 ** 32 - 1).optional().openapi({ description: 'Seed of the failure sequence (default 1). Every PUT restarts the sequence, so the same settings give the same outcomes.', example: 1 }),
  })
  .openapi('PaymentProviderUpdate');

const CountsSchema = z.object({
  success: z.int().min(0).openapi({ description: 'Calls that went through and succeeded.' }),
  failure: z.int().min(0).openapi({ description: 'Calls that went through and failed or timed out.' }),
  rejected: z.int().min(0).openapi({ description: 'Calls refused by the breaker without reaching the provider.' }),
});

const BreakerSchema = z
  .object({
    name: z.string().openapi({ example: 'payment-provider' }),
    state: z.enum(['closed', 'open', 'half_open']).openapi({ description: 'closed: calls go through. open: calls are refused at once. half_open: one trial call may go through.' }),
    consecutive_failures: z.int().min(0),
    failure_threshold: z.int().min(1).openapi({ description: 'Consecutive failures that open the breaker.', example: 5 }),
    opened_at: z.iso.datetime().nullable().openapi({ description: 'When the breaker last opened; null while closed.' }),
    retry_at: z.iso.datetime().nullable().openapi({ description: 'When an open breaker turns half-open; null while closed.' }),
    counts: CountsSchema,
    links: z.object({
      self: z.string().openapi({ example: breakerPath }),
      payment_provider: z.string().openapi({ example: providerPath }),
    }),
  })
  .openapi('CircuitBreakerStatus');

const noRateLimit = 'Not rate limited: this route controls the sandbox itself.';

const getProvider = createRoute({
  method: 'get',
  path: '/sandbox/payment-provider',
  tags,
  summary: 'Show the payment provider’s fault settings',
  description: noRateLimit,
  responses: { 200: jsonContent(ProviderSchema, 'The current settings and how many charges the provider has seen.'), ...errorResponses('internal_error') },
});

const putProvider = createRoute({
  method: 'put',
  path: '/sandbox/payment-provider',
  tags,
  summary: 'Dial faults into the payment provider',
  description: `Replaces the failure rate and latency of the simulated provider behind POST /api/v1/payments. ${noRateLimit}`,
  middleware: [jsonBody()] as const,
  request: { body: requestBody(ProviderUpdateSchema) },
  responses: {
    200: jsonContent(ProviderSchema, 'The new settings.'),
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const getBreaker = createRoute({
  method: 'get',
  path: '/sandbox/circuit-breakers/payment-provider',
  tags,
  summary: 'Show the payment provider’s circuit breaker',
  description: noRateLimit,
  responses: { 200: jsonContent(BreakerSchema, 'The breaker’s state and counts.'), ...errorResponses('internal_error') },
});

const resetSandbox = createRoute({
  method: 'post',
  path: '/sandbox/reset',
  tags,
  summary: 'Reset the sandbox',
  description: `Restores the seed data, refills every rate-limit bucket, closes the circuit breaker and clears the provider’s faults. ${noRateLimit}`,
  responses: { 204: { description: 'Everything is back to the start.' }, ...errorResponses('internal_error') },
});

/** The /sandbox/* control routes. */
export function sandboxControlRoutes(runtime: Runtime) {
  const { paymentProvider, paymentBreaker } = runtime;
  const provider = () => ({
    ...paymentProvider.faults(),
    stats: paymentProvider.stats(),
    links: { self: providerPath, circuit_breaker: breakerPath },
  });

  return createRouter()
    .openapi(getProvider, (c) => c.json(provider(), 200))
    .openapi(putProvider, (c) => {
      const { failure_rate, latency_ms, seed = DEFAULT_FAULTS.seed } = c.req.valid('json');
      paymentProvider.setFaults({ failure_rate, latency_ms, seed });
      return c.json(provider(), 200);
    })
    .openapi(getBreaker, (c) => c.json({ ...paymentBreaker.status(), links: { self: breakerPath, payment_provider: providerPath } }, 200))
    .openapi(resetSandbox, (c) => {
      runtime.reset();
      return c.body(null, 204);
    });
}
