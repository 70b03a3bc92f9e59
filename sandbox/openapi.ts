import type { OpenAPIHono } from '@hono/zod-openapi';
import type { SandboxEnv } from './env';
import { documentRateLimits } from './patterns/rate-limit-docs';

/**
 * /openapi.json: generated from the same zod schemas that validate requests,
 * so the document can't drift from what the sandbox accepts and returns.
 */

const documentConfig: Parameters<OpenAPIHono['getOpenAPI31Document']>[0] = {
  openapi: '3.1.0',
  info: {
    title: 'API Design Workbench sandbox',
    version: '1.0.0',
    description:
      'The practice API of the API Design Workbench. It runs in your browser (or on 127.0.0.1 with `npm run sandbox`), ' +
      'holds its data in memory, and returns to its seed data when reset. Every response carries an X-Request-Id header; ' +
      'every error uses the Error envelope, or RFC 9457 problem details when you send Accept: application/problem+json.',
  },
  servers: [{ url: '/', description: 'The sandbox, wherever this document was served from.' }],
  tags: [
    { name: 'Users', description: 'People who place orders.' },
    { name: 'Products', description: 'What can be ordered. Shows how a deprecated field is announced.' },
    { name: 'Orders', description: 'A user’s purchase of products; the total is computed by the server.' },
    { name: 'Customers', description: 'Shop profiles of users, with their addresses: PUT as create-or-replace, shallow nesting.' },
    { name: 'Library', description: 'Chapter 2’s library: books and their search, authors, members, loans and reservations, with the lending rules as 409s.' },
    { name: 'Payments', description: 'Paying an order through an outside payment provider, guarded by a circuit breaker.' },
    { name: 'Errors', description: 'The error catalogue: every error code, what it means and how to fix it.' },
    { name: 'Sandbox', description: 'Controls of the sandbox itself: provider faults, the circuit breaker, reset. Not rate limited.' },
  ],
};

/** Serves the OpenAPI 3.1 document of every route registered on `app` so far (call it last). */
export function serveOpenApi(app: OpenAPIHono<SandboxEnv>): void {
  let document: unknown;
  app.get('/openapi.json', (c) => {
    // Built on first request: the routes don't change while the sandbox runs.
    // Patterns that are middleware document what they add to every operation.
    document ??= documentRateLimits(app.getOpenAPI31Document(documentConfig));
    return c.json(document);
  });
}
