import { http } from 'msw/http';
import type { Sandbox } from './index';

/**
 * The MSW request handlers shared by the browser door and the Node door: requests
 * to `origin`'s /api/* and /openapi.json go to the sandbox untouched. Requests to
 * other origins, and the app's own files, are not the sandbox's business.
 * @example sandboxHandlers(sandbox, location.origin)
 */
export function sandboxHandlers(sandbox: Pick<Sandbox, 'fetch'>, origin: string) {
  const answer = ({ request }: { request: Request }) => sandbox.fetch(request);
  return [http.all(`${origin}/api/*`, answer), http.all(`${origin}/openapi.json`, answer)];
}
