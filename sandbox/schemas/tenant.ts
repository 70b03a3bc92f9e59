import { z } from '@hono/zod-openapi';
import { ListMetaSchema, listSchema, TimestampSchema } from './common';

/** Tenants, their members and their projects on the wire. */

/** The `{tenant_id}` path parameter. */
export const tenantParamSchema = z.object({
  tenant_id: z.string().openapi({ param: { name: 'tenant_id', in: 'path' }, description: 'The tenant’s id: your own (GET /api/v1/me shows it).', example: 'ten_acme' }),
});

/** The `{tenant_id}` and `{id}` path parameters of one project. */
export const projectParamSchema = tenantParamSchema.extend({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, description: 'The project’s id.', example: 'prj_1' }),
});

export const TenantLinksSchema = z
  .object({
    self: z.string().openapi({ example: '/api/v1/tenants/ten_acme' }),
    members: z.string().openapi({ example: '/api/v1/tenants/ten_acme/members' }),
    projects: z.string().openapi({ example: '/api/v1/tenants/ten_acme/projects' }),
  })
  .openapi('TenantLinks');

export const TenantSchema = z
  .object({
    id: z.string().openapi({ example: 'ten_acme' }),
    name: z.string().openapi({ example: 'Acme Analytics' }),
  })
  .openapi('Tenant');

export const TenantResponseSchema = z.object({ data: TenantSchema, links: TenantLinksSchema }).openapi('TenantResponse');

export const MemberSchema = z
  .object({
    user_id: z.string().openapi({ example: 'usr_2' }),
    login: z.string().openapi({ example: 'grace' }),
    display_name: z.string().openapi({ example: 'Grace Hopper' }),
    roles: z.array(z.string()).openapi({ description: 'Roles in this tenant.', example: ['member'] }),
  })
  .openapi('TenantMember');

export const MemberListSchema = listSchema('TenantMemberList', MemberSchema, ListMetaSchema);

export const ProjectLinksSchema = z
  .object({
    self: z.string().openapi({ example: '/api/v1/tenants/ten_acme/projects/prj_1' }),
    tenant: z.string().openapi({ example: '/api/v1/tenants/ten_acme' }),
  })
  .openapi('ProjectLinks');

export const ProjectSchema = z
  .object({
    id: z.string().openapi({ example: 'prj_1' }),
    tenant_id: z.string().openapi({ example: 'ten_acme' }),
    name: z.string().openapi({ example: 'Churn dashboard' }),
    description: z.string().openapi({ example: 'Which customers leave, and when.' }),
    owner_id: z.string().openapi({ description: 'The user who created the project; members may change and delete only their own.', example: 'usr_1' }),
    created_at: TimestampSchema,
    updated_at: z.iso.datetime().openapi({ description: 'When the project last changed (ISO 8601, UTC).', example: '2026-01-10T09:00:00.000Z' }),
  })
  .openapi('Project');

export const ProjectResponseSchema = z.object({ data: ProjectSchema, links: ProjectLinksSchema }).openapi('ProjectResponse');

export const ProjectListSchema = listSchema('ProjectList', ProjectSchema.extend({ links: ProjectLinksSchema }).openapi('ProjectListItem'), ListMetaSchema);

// Strict: a misspelt field is reported, and owner_id / tenant_id cannot be smuggled in: the server sets them.
export const ProjectCreateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(100).openapi({ description: '1 to 100 characters.', example: 'Onboarding funnel' }),
    description: z.string().max(500).optional().openapi({ description: 'Up to 500 characters; empty when left out.', example: 'Where new users drop off.' }),
  })
  .openapi('ProjectCreate');

export const ProjectUpdateSchema = ProjectCreateSchema.partial().openapi('ProjectUpdate', { description: 'Only the fields you send change.' });
