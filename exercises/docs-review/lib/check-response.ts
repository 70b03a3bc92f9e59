/**
 * The 201 response: what the client gets back is described, including the identifier it
 * needs to find the new order again.
 */
import { MISSING_OPERATION, jsonMedia, resolve, responsesOf, isObject, type Json, type Operation } from './create-order';

/** Problems with the 201 response body. */
export function createdResponseProblems(doc: Json, operation: Operation | undefined): string[] {
  if (!operation) return [MISSING_OPERATION];
  const created = responsesOf(doc, operation).find(({ status }) => status === '201');
  if (!created) return [`${operation.label} declares no 201 response; creating an order answers 201 Created.`];
  let schema = resolve(doc, jsonMedia(created.response)?.schema);
  if (!schema) return [`${operation.label} → 201 has no application/json schema; describe the order the client gets back.`];
  // An envelope ({ data: {...} }) is fine: look inside it for the order.
  const data = isObject(schema.properties) ? resolve(doc, schema.properties.data) : undefined;
  if (data && isObject(data.properties)) schema = data;
  if (!isObject(schema.properties) || Object.keys(schema.properties).length === 0) {
    return [`${operation.label} → 201 schema lists no properties; describe the order (its id, status, items, total).`];
  }
  const problems: string[] = [];
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  if (required.length === 0) problems.push(`${operation.label} → 201 schema marks nothing as required; a client should know which fields are always there.`);
  const idName = Object.keys(schema.properties).find((name) => /^(id|.*[_-]id|.*[a-z]Id)$/.test(name));
  if (!idName) problems.push(`${operation.label} → 201 schema has no identifier; add the new order's \`id\` so the client can fetch it again.`);
  else if (!required.includes(idName)) problems.push(`${operation.label} → 201 schema does not require \`${idName}\`; a created order always has one, so list it under required.`);
  return problems;
}
