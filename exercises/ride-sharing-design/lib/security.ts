/**
 * Authentication: schemes declared under `components.securitySchemes`, and every
 * operation that changes something requiring one of them, set on the operation or
 * inherited from the top-level `security`. An empty requirement (`{}`) makes it optional.
 */
import { isObject, operationsOf, type Json, type Operation } from '../../../src/grading/openapi-rules/openapi';

function effectiveSecurity(doc: Json, operation: Operation): unknown[] {
  const own = operation.op.security;
  if (Array.isArray(own)) return own;
  return Array.isArray(doc.security) ? doc.security : [];
}

/** Undeclared schemes, unprotected writes, and references to schemes that do not exist. */
export function securityProblems(doc: Json): string[] {
  const schemes = isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  if (Object.keys(schemes).length === 0) {
    return ['components.securitySchemes is empty; declare how riders and drivers sign in (for example `BearerAuth: { type: http, scheme: bearer }`).'];
  }
  const problems: string[] = [];
  for (const operation of operationsOf(doc)) {
    const requirements = effectiveSecurity(doc, operation).filter(isObject);
    for (const name of requirements.flatMap((requirement) => Object.keys(requirement))) {
      if (!(name in schemes)) problems.push(`${operation.label} requires the scheme "${name}", which components.securitySchemes does not declare.`);
    }
    if (operation.method === 'get') continue;
    if (requirements.length === 0 || requirements.some((requirement) => Object.keys(requirement).length === 0)) {
      problems.push(`${operation.label} changes data but does not require credentials (or allows \`{}\`); add \`security: [ { ${Object.keys(schemes)[0]}: [] } ]\`.`);
    }
  }
  return problems;
}
