import type { Context, MiddlewareHandler } from 'hono';
import type { SandboxEnv } from '../env';
import type { ProviderVariants } from './provider-variants';

/**
 * Rewrites the v1 users answers for the variants that are on. It works on the finished
 * response, after the users routes ran, so the routes stay the one honest implementation
 * and each variant is a few visible lines here.
 * @example app.use('/api/v1/users', providerVariantsMiddleware(runtime.providerVariants));
 */
export function providerVariantsMiddleware(variants: ProviderVariants): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    await next();
    if (!variants.any()) return;
    const isItem = c.req.path !== '/api/v1/users';

    if (variants.isOn('not-found-as-null') && isItem && c.req.method === 'GET' && c.res.status === 404) {
      replaceBody(c, { data: null }, 200);
      return;
    }
    if (variants.isOn('missing-location-header') && c.req.method === 'POST' && c.res.status === 201) {
      c.res.headers.delete('Location');
    }
    const renames = variants.isOn('renamed-name-field');
    const numeric = variants.isOn('numeric-ids');
    if ((renames || numeric) && c.res.ok && /json/.test(c.res.headers.get('Content-Type') ?? '')) {
      const body = (await c.res.clone().json()) as { data?: unknown };
      const change = (user: unknown) => (isUser(user) ? changeUser(user, renames, numeric) : user);
      if (Array.isArray(body.data)) replaceBody(c, { ...body, data: body.data.map(change) }, c.res.status);
      else if (body.data !== undefined) replaceBody(c, { ...body, data: change(body.data) }, c.res.status);
    }
  };
}

function isUser(value: unknown): value is Record<string, unknown> & { id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

// Keys keep their order, so the changed user reads like a real one.
function changeUser(user: Record<string, unknown> & { id: string }, renames: boolean, numeric: boolean): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(user).map(([key, value]) => {
      if (renames && key === 'name') return ['full_name', value];
      if (numeric && key === 'id') return ['id', Number(user.id.replace(/^usr_/, ''))];
      return [key, value];
    }),
  );
}

function replaceBody(c: Context<SandboxEnv>, body: unknown, status: number): void {
  const headers = new Headers(c.res.headers);
  headers.set('Content-Type', 'application/json');
  headers.delete('Content-Length');
  // Hono copies the old response's headers onto a new one, so clear c.res first.
  c.res = undefined;
  c.res = new Response(JSON.stringify(body), { status, headers });
}
