/**
 * Asking the learner's authorize about every case of the matrix, once, with frozen
 * arguments. A throw or a malformed answer is kept as that case's outcome, so each check
 * reports the cases it owns instead of one crash failing everything.
 */
import type { Case } from './matrix';

export type Authorize = (principal: AuthPrincipal, action: string, resource: AuthResource) => unknown;

export interface Answer {
  case: Case;
  /** The decision, when it was a well-formed one. */
  decision?: AuthDecision;
  /** What went wrong instead, as a sentence. */
  failure?: string;
}

const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

/** The exported authorize, or an Error that says how to export it. */
export function exportedAuthorize(exports: Record<string, unknown>): Authorize {
  const fn = exports.authorize;
  if (typeof fn === 'function') return fn as Authorize;
  const found = Object.keys(exports);
  throw new Error(
    `Export a function named authorize: export function authorize(principal: AuthPrincipal, action: string, resource: AuthResource): AuthDecision. ${found.length ? `Found only: ${found.join(', ')}.` : 'The file exports nothing yet.'}`,
  );
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** `authorize(grace (member of ten_acme, …), "projects:update", res_acme_ada in ten_acme owned by usr_1)`. */
export function describeCase(c: Case): string {
  const owner = c.resource.ownerId === null ? 'owned by nobody' : `owned by ${c.resource.ownerId}`;
  return `authorize(${c.who.label}, "${c.action}", ${c.resource.id} in ${c.resource.tenantId} ${owner})`;
}

/** Runs every case through `authorize`. */
export function answerAll(authorize: Authorize, cases: Case[]): Answer[] {
  return cases.map((c) => {
    let value: unknown;
    try {
      value = authorize(deepFreeze(structuredClone(c.who.principal)), c.action, deepFreeze({ ...c.resource }));
    } catch (error) {
      const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return { case: c, failure: `${describeCase(c)} threw ${text}. authorize must answer every request, denying what it does not recognise (an unknown role grants nothing).` };
    }
    const decision = value as AuthDecision | null;
    if (typeof decision !== 'object' || decision === null || typeof decision.allowed !== 'boolean') {
      return { case: c, failure: `${describeCase(c)} returned ${show(value)}. Return { allowed: true } or { allowed: false, reason: '...' }.` };
    }
    return { case: c, decision };
  });
}
