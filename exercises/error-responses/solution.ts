/**
 * The project tracker's handler: POST /projects and DELETE /projects/{id}.
 *
 * Every failure goes one way: code anywhere throws an ApiError (or lets an unexpected
 * error escape), and errorResponse() alone turns it into the answer. That is what keeps
 * the five errors alike: one envelope, { error: { type, code, message, param? } }.
 */

/** A failure the API reports on purpose: status, a stable code, a message, the field at fault. */
class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    readonly code: string,
    message: string,
    readonly param?: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export default async function handle(request: Request, deps: TrackerDeps): Promise<Response> {
  try {
    return await route(request, deps);
  } catch (error) {
    return errorResponse(toApiError(error));
  }
}

async function route(request: Request, deps: TrackerDeps): Promise<Response> {
  // Rate limiting comes first: a refused request must cost no database work.
  const decision = deps.limiter.take(request.headers.get('x-api-key') ?? 'anonymous');
  if (!decision.allowed) {
    const wait = Math.ceil(decision.retryAfterSeconds);
    throw new ApiError(429, 'rate_limit_error', 'rate_limit_exceeded', `This key has used its ${decision.limit} requests for the hour; retry in ${wait} seconds.`, undefined, wait);
  }
  const { pathname } = new URL(request.url);
  if (pathname === '/projects' && request.method === 'POST') return createProject(request, deps);
  const item = /^\/projects\/([^/]+)$/.exec(pathname);
  if (item && request.method === 'DELETE') return deleteProject(decodeURIComponent(item[1]!), deps);
  throw new ApiError(404, 'business_error', 'route_not_found', `There is no ${request.method} ${pathname}; try POST /projects or DELETE /projects/{id}.`);
}

async function createProject(request: Request, deps: TrackerDeps): Promise<Response> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ApiError(400, 'validation_error', 'invalid_json', 'The request body is not valid JSON; check for a missing quote, comma or brace.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ApiError(400, 'validation_error', 'invalid_body', 'The request body must be a JSON object such as {"name": "Apollo"}.');
  }
  const { name, description } = body as Record<string, unknown>;
  if (name === undefined) throw new ApiError(422, 'validation_error', 'missing_field', 'name is required: give the project a name.', 'name');
  if (typeof name !== 'string' || name.trim() === '') {
    throw new ApiError(422, 'validation_error', 'invalid_field', 'name must be a non-empty string.', 'name');
  }
  if (description !== undefined && typeof description !== 'string') {
    throw new ApiError(422, 'validation_error', 'invalid_field', 'description must be a string.', 'description');
  }
  const project = await deps.projects.create(description === undefined ? { name } : { name, description });
  return Response.json(project, { status: 201, headers: { location: `/projects/${encodeURIComponent(project.id)}` } });
}

async function deleteProject(id: string, deps: TrackerDeps): Promise<Response> {
  if (!(await deps.projects.remove(id))) {
    throw new ApiError(404, 'business_error', 'resource_not_found', `There is no project with the id "${id}".`, 'id');
  }
  return new Response(null, { status: 204 });
}

/** Maps anything thrown to an ApiError; unexpected errors keep their details on the server. */
function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if ((error as { code?: unknown } | null)?.code === 'ETIMEDOUT') {
    return new ApiError(503, 'system_error', 'database_timeout', 'The database did not answer in time. Nothing was changed; retry in a few seconds.', undefined, 5);
  }
  return new ApiError(500, 'system_error', 'internal_error', 'Something went wrong on our side. It has been logged; retry later.');
}

/** The one place an error becomes a response. */
function errorResponse(error: ApiError): Response {
  const headers: Record<string, string> = {};
  if (error.retryAfter !== undefined) headers['retry-after'] = String(error.retryAfter);
  const body = { error: { type: error.type, code: error.code, message: error.message, ...(error.param ? { param: error.param } : {}) } };
  return Response.json(body, { status: error.status, headers });
}
