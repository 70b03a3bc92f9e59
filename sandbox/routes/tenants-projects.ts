import { createRoute } from '@hono/zod-openapi';
import { principalOf, requirePrincipal } from '../auth/authenticate';
import { authorize } from '../auth/permissions';
import type { Principal } from '../auth/principal';
import { ownTenant, tenantNotFound, visibleRows } from '../auth/tenants-guard';
import type { ProjectRecord } from '../auth/tenants-data';
import { createRouter } from '../env';
import { resourceNotFound } from '../patterns/errors';
import { jsonBody } from '../patterns/json-body';
import { resourcePath } from '../patterns/links';
import type { Clock } from '../store/clock';
import type { Collection } from '../store/collection';
import { jsonContent, locationHeader, requestBody } from '../schemas/common';
import { errorResponses } from '../schemas/error';
import { ProjectCreateSchema, ProjectListSchema, projectParamSchema, ProjectResponseSchema, ProjectUpdateSchema, tenantParamSchema } from '../schemas/tenant';

/**
 * /api/v1/tenants/{tenant_id}/projects: a tenant's projects. Every operation checks, in
 * this order: the path's tenant is the caller's (404 otherwise), the project is in that
 * tenant (404 otherwise, even when the id exists elsewhere), then the permission with the
 * project's owner (403 naming it). Members may change and delete only their own projects.
 */

const tags = ['Tenants'];
const authErrors = ['authentication_required', 'invalid_token', 'invalid_api_key', 'insufficient_permissions'] as const;
const bodyErrors = ['invalid_json', 'unsupported_media_type', 'validation_failed'] as const;

const listProjects = createRoute({
  method: 'get',
  path: '/tenants/{tenant_id}/projects',
  tags,
  summary: 'List your tenant’s projects',
  description: 'The projects of your tenant that your role and scopes let you read, oldest first.',
  middleware: [requirePrincipal()] as const,
  request: { params: tenantParamSchema },
  responses: { 200: jsonContent(ProjectListSchema, 'The tenant’s projects you may read, oldest first.'), ...errorResponses(...authErrors, 'resource_not_found', 'internal_error') },
});

const createProject = createRoute({
  method: 'post',
  path: '/tenants/{tenant_id}/projects',
  tags,
  summary: 'Create a project (you become its owner)',
  description: 'Creates a project in your tenant with you as its owner; a member’s role lets them change and delete the projects they own, an admin’s any project.',
  // jsonBody first: a body in the wrong format is a 415 whoever sends it.
  middleware: [jsonBody(), requirePrincipal()] as const,
  request: { params: tenantParamSchema, body: requestBody(ProjectCreateSchema) },
  responses: {
    201: { ...jsonContent(ProjectResponseSchema, 'The new project. Location holds its URL.'), headers: locationHeader('/api/v1/tenants/ten_acme/projects/prj_6') },
    ...errorResponses(...bodyErrors, ...authErrors, 'resource_not_found', 'internal_error'),
  },
});

const getProject = createRoute({
  method: 'get',
  path: '/tenants/{tenant_id}/projects/{id}',
  tags,
  summary: 'Get a project',
  description: 'One project of your tenant by id. A project of another tenant answers 404.',
  middleware: [requirePrincipal()] as const,
  request: { params: projectParamSchema },
  responses: { 200: jsonContent(ProjectResponseSchema, 'The project.'), ...errorResponses(...authErrors, 'resource_not_found', 'internal_error') },
});

const updateProject = createRoute({
  method: 'patch',
  path: '/tenants/{tenant_id}/projects/{id}',
  tags,
  summary: 'Change a project',
  description: 'A partial update of a project; allowed on your own projects (`projects:update:own`) or on any with `projects:update`.',
  middleware: [jsonBody(), requirePrincipal()] as const,
  request: { params: projectParamSchema, body: requestBody(ProjectUpdateSchema) },
  responses: { 200: jsonContent(ProjectResponseSchema, 'The project after the change.'), ...errorResponses(...bodyErrors, ...authErrors, 'resource_not_found', 'internal_error') },
});

const deleteProject = createRoute({
  method: 'delete',
  path: '/tenants/{tenant_id}/projects/{id}',
  tags,
  summary: 'Delete a project',
  description: 'Removes a project for good; allowed on your own projects (`projects:delete:own`) or on any with `projects:delete`.',
  middleware: [requirePrincipal()] as const,
  request: { params: projectParamSchema },
  responses: { 204: { description: 'Deleted. A later GET of this project returns 404.' }, ...errorResponses(...authErrors, 'resource_not_found', 'internal_error') },
});

function projectLinks(project: Pick<ProjectRecord, 'id' | 'tenant_id'>) {
  return { self: resourcePath('tenants', project.tenant_id, 'projects', project.id), tenant: resourcePath('tenants', project.tenant_id) };
}

const refOf = (project: ProjectRecord) => ({ tenantId: project.tenant_id, ownerId: project.owner_id });

/** The projects of the caller's tenant, over the runtime's projects table. */
export function tenantProjectRoutes(projects: Collection<ProjectRecord>, clock: Clock) {
  // One lookup for every operation on one project: tenant, then project, then permission.
  const guarded = (principal: Principal, params: { tenant_id: string; id: string }, permission: string) => {
    const tenant = ownTenant(principal, params.tenant_id);
    const project = projects.get(params.id);
    const notFound = () => resourceNotFound('project', params.id, resourcePath('tenants', tenant.id, 'projects'));
    // A project of another tenant is "not found" here, exactly like an id nobody has.
    if (!project || project.tenant_id !== tenant.id) throw notFound();
    authorize(principal, permission, { ...refOf(project), label: `project ${project.id}` }, notFound);
    return project;
  };

  return createRouter()
    .openapi(listProjects, (c) => {
      const principal = principalOf(c);
      const tenant = ownTenant(principal, c.req.valid('param').tenant_id);
      const rows = visibleRows(principal, 'projects:read', projects.all().filter((project) => project.tenant_id === tenant.id), refOf);
      return c.json(
        { data: rows.map((project) => ({ ...project, links: projectLinks(project) })), links: { self: tenantProjectsPath(tenant.id) }, meta: { count: rows.length, has_more: false } },
        200,
      );
    })
    .openapi(createProject, (c) => {
      const principal = principalOf(c);
      const tenant = ownTenant(principal, c.req.valid('param').tenant_id);
      authorize(principal, 'projects:create', { tenantId: tenant.id, label: tenant.id }, () => tenantNotFound(tenant.id));
      const input = c.req.valid('json');
      const now = new Date(clock.now()).toISOString();
      const project = projects.insert({
        tenant_id: tenant.id,
        name: input.name,
        description: input.description ?? '',
        owner_id: principal.userId!,
        created_at: now,
        updated_at: now,
      });
      c.header('Location', projectLinks(project).self);
      return c.json({ data: project, links: projectLinks(project) }, 201);
    })
    .openapi(getProject, (c) => {
      const project = guarded(principalOf(c), c.req.valid('param'), 'projects:read');
      return c.json({ data: project, links: projectLinks(project) }, 200);
    })
    .openapi(updateProject, (c) => {
      const project = guarded(principalOf(c), c.req.valid('param'), 'projects:update');
      const changes = c.req.valid('json');
      const updated = projects.update(project.id, { ...changes, updated_at: new Date(clock.now()).toISOString() })!;
      return c.json({ data: updated, links: projectLinks(updated) }, 200);
    })
    .openapi(deleteProject, (c) => {
      const project = guarded(principalOf(c), c.req.valid('param'), 'projects:delete');
      projects.remove(project.id);
      return c.body(null, 204);
    });
}

function tenantProjectsPath(tenantId: string): string {
  return resourcePath('tenants', tenantId, 'projects');
}
