import type { OpenAPIHono } from '@hono/zod-openapi';
import type { SandboxEnv } from './env';
import { assignOperationIds } from './openapi-operation-ids';
import { documentRateLimits } from './patterns/rate-limit-docs';
import { LIMITED_PATHS } from './versioning/mount';

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
    // The sandbox runs inside the workbench app and has no public home page of its own (contact.url must be an
    // absolute URI), so the contact is the project by name; its chapters and Labs page explain every route.
    contact: { name: 'API Design Workbench maintainers (open-source project; see its README)' },
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
    { name: 'Webhooks', description: 'Signed deliveries of sandbox events (Standard Webhooks): endpoints, deliveries with retries and dead letters, replay, and a demo inbox.' },
    { name: 'Auth', description: 'Chapter 6: who the credentials belong to (GET /api/v1/me) and what they allow.' },
    { name: 'API keys', description: 'Keys for scripts and servers: shown once, stored as hashes, scoped, expiring, revocable.' },
    { name: 'Tenants', description: 'Chapter 6’s multi-tenant data: your tenant, its members and projects, behind roles, ownership and scopes. Another tenant’s ids answer 404.' },
    { name: 'Events', description: 'Chapter 8’s real-time feed: one event log read by polling, long polling, Server-Sent Events and a WebSocket (/api/v1/realtime).' },
    { name: 'Messages', description: 'Chapter 5’s worked example: Slack-style chat messages, text in v1 and blocks in v2, each version reading both.' },
    { name: 'OAuth', description: 'Chapter 6’s authorization server: discovery, the authorization code flow with PKCE, tokens, refresh with rotation, revocation, introspection. Errors here use OAuth’s own shape (RFC 6749 §5.2).' },
    { name: 'Observability', description: 'Chapter 11: Prometheus metrics at /metrics, the structured request log, usage analytics and the SLA monitor with its alerts. Not rate limited.' },
    { name: 'Gateway', description: 'Chapter 9’s API gateway in front of the sandbox (/gateway/*): its declarative document (services, routes, plugins, traffic policies) and what it has seen. Not rate limited.' },
    { name: 'BFF', description: 'Chapter 9’s Backends for Frontends: a dashboard per client (mobile, web, partners), aggregated from three services in parallel, with Server-Timing.' },
    { name: 'Rides', description: 'Chapter 12’s capstone: riders and drivers, rides through their lifecycle (409 with the allowed next steps), fares charged through the circuit breaker, ratings, rate limits by rider tier.' },
    { name: 'Sandbox', description: 'Controls of the sandbox itself: provider faults, the circuit breaker, reset. Not rate limited.' },
  ],
};

/** True for a documented path the rate limiter guards outside /api/v1 (LIMITED_PATHS are Hono patterns: `*` is a tail). */
function limitedOutsideV1(path: string): boolean {
  return LIMITED_PATHS.some((pattern) => (pattern.endsWith('/*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern));
}

/** Serves the OpenAPI 3.1 document of every route registered on `app` so far (call it last). */
export function serveOpenApi(app: OpenAPIHono<SandboxEnv>): void {
  let document: unknown;
  app.get('/openapi.json', (c) => {
    // Built on first request: the routes don't change while the sandbox runs.
    // Patterns that are middleware document what they add to every operation.
    document ??= assignOperationIds(documentRateLimits(app.getOpenAPI31Document(documentConfig), limitedOutsideV1));
    return c.json(document);
  });
}
