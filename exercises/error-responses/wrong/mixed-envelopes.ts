// Mistake: every error is written by hand where it happens, so each one has its own
// shape. A client needs five parsers, and the next error added will be a sixth.
export default async function handle(request: Request, deps: TrackerDeps): Promise<Response> {
  const decision = deps.limiter.take(request.headers.get('x-api-key') ?? 'anonymous');
  if (!decision.allowed) {
    const wait = Math.ceil(decision.retryAfterSeconds);
    return Response.json({ message: 'Too many requests', retry_in: wait }, { status: 429, headers: { 'retry-after': String(wait) } });
  }
  const { pathname } = new URL(request.url);
  try {
    if (pathname === '/projects' && request.method === 'POST') {
      let input: Record<string, unknown>;
      try {
        input = await request.json();
      } catch {
        return Response.json({ error: 'Invalid JSON' }, { status: 400 });
      }
      if (typeof input.name !== 'string') {
        return Response.json({ errors: [{ field: 'name', message: 'name is required' }] }, { status: 422 });
      }
      const project = await deps.projects.create({ name: input.name });
      return Response.json(project, { status: 201 });
    }
    const item = /^\/projects\/([^/]+)$/.exec(pathname);
    if (item && request.method === 'DELETE') {
      if (!(await deps.projects.remove(decodeURIComponent(item[1]!)))) {
        return Response.json({ error: { code: 'not_found', message: 'No such project.' } }, { status: 404 });
      }
      return new Response(null, { status: 204 });
    }
    return Response.json({ error: { code: 'not_found', message: 'No such route.' } }, { status: 404 });
  } catch {
    return Response.json({ status: 'error', reason: 'Database unavailable' }, { status: 503 });
  }
}
