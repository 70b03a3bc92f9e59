// Mistake: the bodies are right, but they are sent with new Response(JSON.stringify(...)),
// which labels them text/plain. Clients that pick a parser by Content-Type miss them.
class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly param?: string, readonly retryAfter?: number) {
    super(message);
  }
}

export default async function handle(request: Request, deps: TrackerDeps): Promise<Response> {
  try {
    const decision = deps.limiter.take(request.headers.get('x-api-key') ?? 'anonymous');
    if (!decision.allowed) {
      const wait = Math.ceil(decision.retryAfterSeconds);
      throw new ApiError(429, 'rate_limit_exceeded', `Retry in ${wait} seconds.`, undefined, wait);
    }
    const { pathname } = new URL(request.url);
    if (pathname === '/projects' && request.method === 'POST') {
      const body = await request.json().catch(() => {
        throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
      });
      if (typeof body?.name !== 'string') throw new ApiError(422, 'missing_field', 'name is required.', 'name');
      const project = await deps.projects.create({ name: body.name });
      return new Response(JSON.stringify(project), { status: 201 });
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
    const headers: Record<string, string> = apiError.retryAfter ? { 'retry-after': String(apiError.retryAfter) } : {};
    const body = { error: { code: apiError.code, message: apiError.message, ...(apiError.param ? { param: apiError.param } : {}) } };
    return new Response(JSON.stringify(body), { status: apiError.status, headers });
  }
}
