// Mistake: the 429 says when to retry only inside the body. Retry logic in client
// libraries, proxies and browsers reads the Retry-After header, which is missing.
class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly param?: string) {
    super(message);
  }
}

export default async function handle(request: Request, deps: TrackerDeps): Promise<Response> {
  try {
    const decision = deps.limiter.take(request.headers.get('x-api-key') ?? 'anonymous');
    if (!decision.allowed) {
      throw new ApiError(429, 'rate_limit_exceeded', `Limit reached; retry after ${Math.ceil(decision.retryAfterSeconds)} seconds.`);
    }
    const { pathname } = new URL(request.url);
    if (pathname === '/projects' && request.method === 'POST') {
      const body = await request.json().catch(() => {
        throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
      });
      if (typeof body?.name !== 'string') throw new ApiError(422, 'missing_field', 'name is required.', 'name');
      return Response.json(await deps.projects.create({ name: body.name }), { status: 201 });
    }
    const item = /^\/projects\/([^/]+)$/.exec(pathname);
    if (item && request.method === 'DELETE') {
      if (!(await deps.projects.remove(decodeURIComponent(item[1]!)))) throw new ApiError(404, 'resource_not_found', 'No such project.');
      return new Response(null, { status: 204 });
    }
    throw new ApiError(404, 'route_not_found', 'No such route.');
  } catch (error) {
    const apiError = error instanceof ApiError ? error
      : (error as { code?: string }).code === 'ETIMEDOUT' ? new ApiError(503, 'database_timeout', 'The database did not answer in time.')
      : new ApiError(500, 'internal_error', 'Something went wrong.');
    const body = { error: { code: apiError.code, message: apiError.message, ...(apiError.param ? { param: apiError.param } : {}) } };
    return Response.json(body, { status: apiError.status });
  }
}
