/**
 * The project tracker's handler: POST /projects and DELETE /projects/{id}.
 *
 * A first draft: the happy path works. Run the checks to see what clients get when
 * something goes wrong, then give every failure a proper answer.
 */
export default async function handle(request: Request, deps: TrackerDeps): Promise<Response> {
  const { pathname } = new URL(request.url);

  if (pathname === '/projects' && request.method === 'POST') {
    const input = await request.json();
    const project = await deps.projects.create(input);
    return Response.json(project, { status: 201 });
  }

  const item = /^\/projects\/([^/]+)$/.exec(pathname);
  if (item && request.method === 'DELETE') {
    const removed = await deps.projects.remove(decodeURIComponent(item[1]!));
    if (!removed) return new Response('Not found', { status: 404 });
    return new Response(null, { status: 204 });
  }

  return new Response('Not found', { status: 404 });
}
