/**
 * The rules, each a function over the answers that returns its problems as sentences.
 * Each check looks only at the cases it is about, so one mistake is reported once, by
 * the rule it breaks.
 */
import { describeCase, type Answer } from './answers';
import { prefixPattern, type Case } from './matrix';

type Advice = (c: Case, got: AuthDecision) => string;

/** A sentence for every answer (among those `select` picks) that differs from the expected one. */
function mismatches(answers: Answer[], select: (c: Case) => boolean, advice: Advice): string[] {
  return answers
    .filter((answer) => select(answer.case))
    .flatMap((answer) => {
      if (answer.failure) return [answer.failure];
      const got = answer.decision!;
      const { expected } = answer.case;
      if (got.allowed === expected.allowed) return [];
      const what = got.allowed ? 'allowed it; expected a denial' : `denied it${got.reason ? ` (${JSON.stringify(got.reason)})` : ''}; expected it allowed`;
      return [`${describeCase(answer.case)} ${what}, because ${expected.why}. ${advice(answer.case, got)}`];
    });
}

const sameTenant = (c: Case) => !c.crossTenant && !c.anonymous;

/** Cross-tenant requests: every one must be denied, and a leak is said loudly. */
export function crossTenantProblems(answers: Answer[]): string[] {
  const cross = answers.filter((answer) => answer.case.crossTenant);
  const problems = mismatches(answers, (c) => c.crossTenant, (c) => {
    const admin = c.who.principal.roles.includes('admin') ? ' Being an admin does not change that: an admin of one tenant is nobody in another.' : '';
    const owner = c.resource.ownerId === c.who.principal.userId ? ' Owning it does not change that either: ownership never crosses tenants.' : '';
    return `Compare principal.tenantId with resource.tenantId first and deny when they differ.${admin}${owner}`;
  });
  if (problems.length === 0) return [];
  return [`Data leaks between tenants: ${problems.length} of ${cross.length} cross-tenant requests were allowed or failed. ${problems[0]}`, ...problems.slice(1)];
}

/** A caller without a tenant may do nothing. */
export function anonymousProblems(answers: Answer[]): string[] {
  return mismatches(answers, (c) => c.anonymous, () => 'A principal whose tenantId is null is not signed in: deny before looking at anything else.');
}

/** Plain role grants inside the tenant: the exact permissions, unknown actions denied. */
export function roleProblems(answers: Answer[]): string[] {
  return mismatches(
    answers,
    (c) => sameTenant(c) && c.who.principal.scopes === null && !c.lookAlike && !c.ownership && !c.unknownRole,
    (c, got) =>
      got.allowed
        ? 'Allow only what one of the roles\' patterns grants; everything else is denied by default.'
        : `Look the roles up in ROLE_PERMISSIONS and match each pattern against the action; "orders:*" matches "${c.action.startsWith('orders') ? c.action : 'orders:refund'}" because * stands for the last segment.`,
  );
}

/** Wildcards match segment by segment: "projects:*" never grants "projects_archive:read". */
export function lookAlikeProblems(answers: Answer[]): string[] {
  return mismatches(answers, (c) => sameTenant(c) && c.lookAlike && c.who.principal.scopes === null, (c) => {
    const pattern = prefixPattern(c.who.principal, c.action);
    const prefix = pattern
      ? `"${pattern}" was read as a string prefix: "${c.action}".startsWith("${pattern.slice(0, -2)}") is true, yet it is another resource that merely starts with the same letters. `
      : '';
    return `${prefix}Split pattern and action at ":" and compare them segment by segment.`;
  });
}

/** `:own` grants only on resources the principal owns, never on unowned ones. */
export function ownershipProblems(answers: Answer[]): string[] {
  return mismatches(answers, (c) => sameTenant(c) && c.ownership && c.who.principal.scopes === null && !c.unknownRole, (c, got) =>
    got.allowed
      ? `An ":own" pattern grants the action only when resource.ownerId equals principal.userId (${c.who.principal.userId}); here the owner is ${c.resource.ownerId ?? 'nobody'}.`
      : 'The principal owns this resource, so the ":own" pattern grants the action: strip ":own", match the rest, and check resource.ownerId === principal.userId.',
  );
}

/** Why a scoped answer is wrong, for the mistake it most likely comes from. */
function scopedAdvice(c: Case, got: AuthDecision): string {
  if (!got.allowed) {
    return 'A role and a scope both grant this, matched the same way (wildcards and ":own" included), so it is allowed. A scope never replaces the role check, and neither does the role check replace it.';
  }
  if (c.lookAlike) {
    return `Neither a role nor a scope grants "${c.action}" when patterns are matched segment by segment. It is allowed only if a pattern is read as a string prefix, or if the scopes are used in place of the roles.`;
  }
  if (c.expected.why.startsWith('no role')) return 'A scope matches, but no role grants the action: a scope only narrows what the roles give, it never adds to it.';
  const kind = c.who.principal.kind === 'api_key' ? 'API keys' : 'OAuth tokens';
  const empty = c.who.principal.scopes!.length === 0 ? ', and an empty list of scopes allows nothing' : '';
  return `Scopes narrow what the roles give: when principal.scopes is not null, the action also needs a matching scope. That holds for ${kind} as well${empty}.`;
}

/** API-key scopes narrow the owner's roles. */
export function apiKeyScopeProblems(answers: Answer[]): string[] {
  return mismatches(answers, (c) => sameTenant(c) && c.who.principal.kind === 'api_key' && c.who.principal.scopes !== null, scopedAdvice);
}

/** OAuth scopes narrow the user's roles, and never widen them. */
export function oauthScopeProblems(answers: Answer[]): string[] {
  return mismatches(answers, (c) => sameTenant(c) && c.who.principal.kind === 'user' && c.who.principal.scopes !== null, scopedAdvice);
}

/** Roles that are not in the table grant nothing, and do not crash the policy. */
export function unknownRoleProblems(answers: Answer[]): string[] {
  return mismatches(answers, (c) => sameTenant(c) && c.unknownRole, (c) =>
    `"${c.who.principal.roles.join('", "') || '(no roles)'}" is not a role in ROLE_PERMISSIONS, so it grants nothing (roles are matched exactly, case included). Look roles up with Object.hasOwn so that a name like "toString" finds nothing.`,
  );
}

/** Every denial says why. */
export function reasonProblems(answers: Answer[]): string[] {
  return answers.flatMap((answer) => {
    const got = answer.decision;
    if (!got || got.allowed || (typeof got.reason === 'string' && got.reason.trim() !== '')) return [];
    return [`${describeCase(answer.case)} was denied without a reason (reason: ${JSON.stringify(got.reason)}). Give every denial a short sentence for the logs: which rule said no.`];
  });
}
