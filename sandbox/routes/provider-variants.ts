import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../env';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import { PROVIDER_VARIANT_NAMES, type ProviderVariants } from '../provider-variants/provider-variants';
import { jsonContent, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';

/**
 * The contract testing lab's switches (chapter 10): turn on deliberate changes to the v1
 * users API and watch a consumer contract catch them. Control routes: not rate limited.
 */

const tags = ['Sandbox'];
const path = resourcePath('sandbox', 'provider-variants');

const VariantNameSchema = z.enum(PROVIDER_VARIANT_NAMES).openapi({ description: 'A provider variant.', example: 'renamed-name-field' });

const VariantsSchema = z
  .object({
    variants: z.array(
      z.object({
        name: VariantNameSchema,
        active: z.boolean().openapi({ description: 'True while this change is applied to /api/v1/users answers.' }),
        breaks: z.string().openapi({ description: 'The kind of breaking change it is.', example: 'renamed field' }),
        description: z.string().openapi({ description: 'What changes in the answers.' }),
      }),
    ),
    links: z.object({ self: z.string().openapi({ example: path }) }),
  })
  .openapi('ProviderVariants');

const VariantsUpdateSchema = z
  .strictObject({
    active: z.array(VariantNameSchema).openapi({ description: 'The variants to switch on; every other one is switched off. [] restores the real provider.', example: ['renamed-name-field'] }),
  })
  .openapi('ProviderVariantsUpdate');

const changes =
  'Variants rewrite the answers of GET/POST /api/v1/users and GET /api/v1/users/{id} in ways that break clients on purpose: ' +
  'renamed-name-field sends `full_name` for `name`; numeric-ids sends the id as a number; missing-location-header drops Location from the 201 of POST; ' +
  'not-found-as-null answers 200 `{"data": null}` for a missing user. While one is on, those answers no longer match this document. All are off by default and after POST /api/v1/sandbox/reset. ' +
  'Not rate limited: this route controls the sandbox itself.';

const getVariants = createRoute({
  method: 'get',
  path: '/sandbox/provider-variants',
  tags,
  summary: 'Show the provider variants of the contract lab',
  description: changes,
  responses: { 200: jsonContent(VariantsSchema, 'Every variant and whether it is on.'), ...errorResponses('internal_error') },
});

const putVariants = createRoute({
  method: 'put',
  path: '/sandbox/provider-variants',
  tags,
  summary: 'Switch provider variants on or off',
  description: changes,
  middleware: [jsonBody()] as const,
  request: { body: requestBody(VariantsUpdateSchema) },
  responses: {
    200: jsonContent(VariantsSchema, 'The variants after the change.'),
    ...errorResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'internal_error'),
  },
});

/** GET and PUT /sandbox/provider-variants. */
export function providerVariantRoutes(variants: ProviderVariants) {
  const show = () => ({ variants: variants.list(), links: { self: path } });
  return createRouter()
    .openapi(getVariants, (c) => c.json(show(), 200))
    .openapi(putVariants, (c) => {
      variants.set(c.req.valid('json').active);
      return c.json(show(), 200);
    });
}
