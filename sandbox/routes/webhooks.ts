import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { resourceNotFound } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath, withQuery } from '../patterns/links';
import { idParamSchema, jsonContent, locationHeader, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { EndpointCreateSchema, EndpointListSchema, EndpointResponseSchema, EndpointSecretResponseSchema } from '../schemas/webhook';
import type { Clock } from '../store/clock';
import { registerEndpoint, rotateSecret, type WebhookEndpoint } from '../webhooks/endpoints';
import { resolveEndpointUrl } from '../webhooks/endpoint-url';
import type { Webhooks } from '../webhooks/webhooks';

/**
 * Webhook endpoints: where the sandbox sends signed deliveries of its events
 * (Standard Webhooks). The signing secret is in the 201 of registration and the answer of
 * a rotation, and nowhere else: a secret that can be read back leaks with every log of it.
 */

const tags = ['Webhooks'];
const params = idParamSchema('ep', 'webhook endpoint');
const listPath = resourcePath('webhooks', 'endpoints');

const endpointLinks = (id: string) => ({
  self: resourcePath('webhooks', 'endpoints', id),
  deliveries: withQuery(resourcePath('webhooks', 'deliveries'), { endpoint_id: id }),
  rotate_secret: resourcePath('webhooks', 'endpoints', id, 'rotate-secret'),
});

/** An endpoint as the API shows it: everything but the secret. */
export function presentEndpoint({ secret: _secret, ...endpoint }: WebhookEndpoint) {
  return { ...endpoint, links: endpointLinks(endpoint.id) };
}

const createEndpoint = createRoute({
  method: 'post',
  path: '/webhooks/endpoints',
  tags,
  summary: 'Register a webhook endpoint',
  description:
    'Every matching event is then POSTed to the URL, signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). ' +
    'The URL must be on the sandbox’s own origin: the sandbox sends nothing to other hosts. The response holds the signing secret, once.',
  middleware: [jsonBody()] as const,
  request: { body: requestBody(EndpointCreateSchema) },
  responses: {
    201: { ...jsonContent(EndpointSecretResponseSchema, 'The endpoint and its secret (shown only now).'), headers: locationHeader('/api/v1/webhooks/endpoints/ep_1') },
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

const listEndpoints = createRoute({
  method: 'get',
  path: '/webhooks/endpoints',
  tags,
  summary: 'List webhook endpoints',
  description: 'Every registered webhook endpoint, oldest first, with the events it receives but never its signing secret.',
  responses: { 200: jsonContent(EndpointListSchema, 'Every registered endpoint, oldest first, without secrets.'), ...errorResponses('internal_error') },
});

const getEndpoint = createRoute({
  method: 'get',
  path: '/webhooks/endpoints/{id}',
  tags,
  summary: 'Get a webhook endpoint',
  description: 'One webhook endpoint by id: its URL and event filter, without its signing secret.',
  request: { params },
  responses: { 200: jsonContent(EndpointResponseSchema, 'The endpoint, without its secret.'), ...errorResponses('resource_not_found', 'internal_error') },
});

const deleteEndpoint = createRoute({
  method: 'delete',
  path: '/webhooks/endpoints/{id}',
  tags,
  summary: 'Delete a webhook endpoint',
  description: 'Stops deliveries to it; its scheduled retries and delivery history go with it.',
  request: { params },
  responses: { 204: { description: 'Deleted.' }, ...errorResponses('resource_not_found', 'internal_error') },
});

const rotateEndpointSecret = createRoute({
  method: 'post',
  path: '/webhooks/endpoints/{id}/rotate-secret',
  tags,
  summary: 'Replace an endpoint’s signing secret',
  description: 'The old secret stops at once; every attempt from now on, retries included, is signed with the new one. The response shows the new secret, once.',
  request: { params },
  responses: { 200: jsonContent(EndpointSecretResponseSchema, 'The endpoint with its new secret.'), ...errorResponses('resource_not_found', 'internal_error') },
});

/** The /webhooks/endpoints routes. */
export function webhookEndpointRoutes(webhooks: Webhooks, clock: Clock) {
  const { endpoints, dispatcher } = webhooks;
  const now = () => new Date(clock.now()).toISOString();
  const notFound = (id: string) => resourceNotFound('webhook endpoint', id, listPath);

  return createRouter()
    .openapi(createEndpoint, (c) => {
      const input = c.req.valid('json');
      const url = resolveEndpointUrl(input.url, new URL(c.req.url).origin);
      const endpoint = registerEndpoint(endpoints, { ...input, url }, now());
      c.header('Location', endpointLinks(endpoint.id).self);
      return c.json({ data: { ...presentEndpoint(endpoint), secret: endpoint.secret } }, 201);
    })
    .openapi(listEndpoints, (c) => {
      const data = endpoints.all().map(presentEndpoint);
      return c.json({ data, meta: { count: data.length } }, 200);
    })
    .openapi(getEndpoint, (c) => {
      const { id } = c.req.valid('param');
      const endpoint = endpoints.get(id);
      if (!endpoint) throw notFound(id);
      return c.json({ data: presentEndpoint(endpoint) }, 200);
    })
    .openapi(deleteEndpoint, (c) => {
      const { id } = c.req.valid('param');
      if (!endpoints.remove(id)) throw notFound(id);
      dispatcher.dropEndpoint(id);
      return c.body(null, 204);
    })
    .openapi(rotateEndpointSecret, (c) => {
      const { id } = c.req.valid('param');
      const endpoint = rotateSecret(endpoints, id, now());
      if (!endpoint) throw notFound(id);
      return c.json({ data: { ...presentEndpoint(endpoint), secret: endpoint.secret } }, 200);
    });
}
