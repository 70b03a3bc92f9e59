// Mistake: one envelope, good codes, but the missing field is only mentioned in a
// sentence. A client that wants to highlight the input would have to parse English.
class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly retryAfter?: number) {
    super(message);
  }
}

export default async function handle(request: Request, deps: TrackerDeps): Promise<Response> {
  try {
    const decision = deps.limiter.take(request.headers.get('x-api-key') ?? 'anonymous');
    if (!decision.allowed) {
      const wait = Math.ceil(decision.retryAfterSeconds);
      throw new ApiError(429, 'rate_limit_exceeded', `Retry in ${wait} seconds.`, wait);
    }
    const { pathname } = new URL(request.url);
    if (pathname === '/projects' && request.method === 'POST') {
      const body = await request.json().catch(() => {
        throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.');
      });
      if (typeof body?.name !== 'string') throw new ApiError(400, 'invalid_request', 'The request is invalid: name is required.');
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
      : (error as { code?: string }).code === 'ETIMEDOUT' ? new ApiError(503, 'database_timeout', 'The database did not answer in time.', 5)
      : new ApiError(500, 'internal_error', 'Something went wrong.');
    const headers: Record<string, string> = apiError.retryAfter ? { 'retry-after': String(apiError.retryAfter) } : {};
    return Response.json({ error: { code: apiError.code, message: apiError.message } }, { status: apiError.status, headers });
  }
}
