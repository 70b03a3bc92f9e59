import { concretePath } from '../sandbox/openapi-routes';
import { openApiDocument } from '../sandbox/support';

/**
 * The operations the auth attack suite aims at, read from /openapi.json rather than listed by
 * hand, so a route added tomorrow is attacked tomorrow. An operation's `security` says who
 * may call it: a list with the empty requirement `{}` admits anonymous callers; one without
 * it demands credentials. Either way, a credential that is present must be a valid one.
 */

export interface GuardedOperation {
  method: string;
  /** The document's path, e.g. /api/v1/tenants/{tenant_id}/projects/{id}. */
  template: string;
  /** The path with seed ids in place of the parameters (test/sandbox/openapi-routes.ts). */
  path: string;
  /** True when `security` has no `{}`: the operation refuses anonymous callers. */
  requiresCredentials: boolean;
  /** The statuses the document lists for the operation. */
  statuses: string[];
  /** Whether the operation reads a JSON request body. */
  hasBody: boolean;
}

type Operation = { security?: Record<string, string[]>[]; responses: Record<string, unknown>; requestBody?: unknown };

/** Every operation that reads a Bearer credential (its `security` names the Bearer scheme). */
export async function bearerOperations(): Promise<GuardedOperation[]> {
  const document = await openApiDocument();
  const operations: GuardedOperation[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      const operation = raw as Operation;
      const security = operation.security ?? [];
      if (!security.some((requirement) => 'Bearer' in requirement)) continue;
      operations.push({
        method: method.toUpperCase(),
        template,
        path: concretePath(template),
        requiresCredentials: !security.some((requirement) => Object.keys(requirement).length === 0),
        statuses: Object.keys(operation.responses),
        hasBody: operation.requestBody !== undefined,
      });
    }
  }
  return operations;
}

/** A name for an operation in test output: `GET /api/v1/me`. */
export function label(operation: Pick<GuardedOperation, 'method' | 'template'>): string {
  return `${operation.method} ${operation.template}`;
}

/**
 * Bodies that pass validation on the credential-only routes, so that a refusal there is the
 * authorization check's, not the validator's. Routes not listed get `{}`: a credential check
 * that runs before validation still answers 401 for it.
 */
const VALID_BODIES: Record<string, unknown> = {
  'POST /api/v1/api-keys': { name: 'attack suite key', scopes: ['users:read'] },
  'POST /api/v1/tenants/{tenant_id}/projects': { name: 'Planted by the attack suite' },
  'PATCH /api/v1/tenants/{tenant_id}/projects/{id}': { name: 'Renamed by the attack suite' },
  'POST /api/v1/riders': { name: 'Mallory' },
  'POST /api/v1/drivers': { name: 'Mallory', vehicle: { make: 'Fiat', model: 'Panda', plate: 'M-AL-1', seats: 4 } },
};

/** The JSON body to send to an operation, or undefined for one that reads none. */
export function bodyFor(operation: GuardedOperation): unknown {
  if (!operation.hasBody) return undefined;
  return VALID_BODIES[label(operation)] ?? {};
}
