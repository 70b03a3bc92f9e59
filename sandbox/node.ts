import { setupServer, type SetupServer } from 'msw/node';
import { sandboxHandlers } from './handlers';
import { createSandbox, type Sandbox, type SandboxOptions } from './index';

export interface NodeSandboxOptions extends SandboxOptions {
  /** The origin whose /api/* and /openapi.json the sandbox answers. Default `http://localhost`. */
  origin?: string;
}

/**
 * The Node door, for tests: `fetch('http://localhost/api/v1/users')` in a test reaches
 * the sandbox through MSW's interceptors, the same path a browser request takes.
 * @example
 * const { server, sandbox } = setupSandboxServer();
 * beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
 * afterEach(() => sandbox.reset());
 * afterAll(() => server.close());
 */
export function setupSandboxServer(options: NodeSandboxOptions = {}): { server: SetupServer; sandbox: Sandbox } {
  const { origin = 'http://localhost', ...sandboxOptions } = options;
  const sandbox = createSandbox(sandboxOptions);
  return { server: setupServer(...sandboxHandlers(sandbox, origin)), sandbox };
}
