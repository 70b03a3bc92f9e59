/**
 * Who may call, and what the headers must look like: placing an order requires credentials
 * from a declared security scheme, and the Idempotency-Key header that makes a retried POST
 * safe is declared with a schema that says which keys are valid. Schemas use OpenAPI 3.1's
 * JSON Schema (a null is `type: [string, "null"]`; 3.0's `nullable` is gone).
 */
import { MISSING_OPERATION, parametersOfOperation, isObject, type Json, type Operation } from './create-order';

/** Security that is missing, optional (an empty requirement), or names an undeclared scheme. */
export function securityProblems(doc: Json, operation: Operation | undefined): string[] {
  if (!operation) return [MISSING_OPERATION];
  const requirements = operation.op.security ?? doc.security;
  if (!Array.isArray(requirements) || requirements.length === 0) {
    return [`${operation.label} requires no authentication; add \`security:\` (on the operation or the document) naming a scheme from components.securitySchemes.`];
  }
  const schemes = isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  const problems: string[] = [];
  if (requirements.some((requirement) => isObject(requirement) && Object.keys(requirement).length === 0)) {
    problems.push(`${operation.label} lists an empty security requirement ({}), which makes authentication optional; placing an order must need credentials.`);
  }
  for (const requirement of requirements.filter(isObject)) {
    for (const name of Object.keys(requirement)) {
      if (!(name in schemes)) problems.push(`Security names the scheme "${name}", which components.securitySchemes does not define; define it (for example type: http, scheme: bearer).`);
    }
  }
  return problems;
}

/** An Idempotency-Key header parameter with a constrained string schema. */
export function idempotencyKeyProblems(doc: Json, operation: Operation | undefined): string[] {
  if (!operation) return [MISSING_OPERATION];
  const parameter = parametersOfOperation(doc, operation).find((p) => p.in === 'header' && /^idempotency-key$/i.test(String(p.name)));
  if (!parameter) {
    return [`${operation.label} declares no Idempotency-Key header; add a header parameter so a client can retry a POST without placing the order twice.`];
  }
  const schema = isObject(parameter.schema) ? parameter.schema : undefined;
  if (!schema || schema.type !== 'string') return ['The Idempotency-Key parameter needs `schema: { type: string, … }`.'];
  const bounded = ['maxLength', 'pattern', 'format', 'enum'].some((key) => schema[key] !== undefined);
  if (!bounded) return ['The Idempotency-Key schema accepts any string; bound it with maxLength and/or a pattern (or format: uuid).'];
  return [];
}

/** Places that use OpenAPI 3.0's `nullable`, which 3.1 removed. */
export function nullableProblems(doc: Json): string[] {
  const found: string[] = [];
  const visit = (node: unknown, where: string) => {
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${where}[${index}]`));
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'nullable') found.push(where || 'the document root');
        else if (key !== 'example' && key !== 'examples') visit(value, where ? `${where}.${key}` : key);
      }
    }
  };
  visit(doc, '');
  return found.map((where) => `${where} uses \`nullable\`, which OpenAPI 3.1 dropped; write \`type: [string, "null"]\` (the JSON Schema way) instead.`);
}
