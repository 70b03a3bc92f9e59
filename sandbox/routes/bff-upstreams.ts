import { createRoute } from '@hono/zod-openapi';
import type { Upstreams } from '../bff/upstreams';
import { createRouter } from '../env';
import { jsonBody } from '../patterns/json-body';
import { UpstreamSettingsSchema } from '../schemas/bff';
import { jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';

/**
 * The lab bench for chapter 9's BFFs: how slow each upstream service is, which ones fail,
 * and how long a BFF waits for one. Under /api/v1/sandbox/, so not rate limited; reset
 * puts the defaults back (80/120/100 ms, none failing, 500 ms timeout).
 */

const path = '/sandbox/bff/upstreams';

const getSettings = createRoute({
  method: 'get',
  path,
  operationId: 'getBffUpstreamSettings',
  tags: ['Sandbox'],
  summary: 'Show the BFF upstreams’ latency, failures and timeout',
  description: 'Not rate limited: this route controls the sandbox itself.',
  responses: { 200: jsonContent(UpstreamSettingsSchema, 'The current settings.'), ...errorResponses('internal_error') },
});

const putSettings = createRoute({
  method: 'put',
  path,
  operationId: 'replaceBffUpstreamSettings',
  tags: ['Sandbox'],
  summary: 'Set the BFF upstreams’ latency, failures and timeout',
  description: 'Make a service slower than the timeout, or failing, to see which dashboard sections degrade. Not rate limited: this route controls the sandbox itself.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(UpstreamSettingsSchema) },
  responses: { 200: jsonContent(UpstreamSettingsSchema, 'The new settings.'), ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error') },
});

/** GET/PUT /sandbox/bff/upstreams. */
export function bffUpstreamRoutes(upstreams: Upstreams) {
  return createRouter()
    .openapi(getSettings, (c) => c.json(upstreams.settings(), 200))
    .openapi(putSettings, (c) => {
      upstreams.configure(c.req.valid('json'));
      return c.json(upstreams.settings(), 200);
    });
}
