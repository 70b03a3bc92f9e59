/**
 * Checks on request and response bodies: one casing for property names, and no
 * `success` flag repeating what the HTTP status already says.
 */
import { hasType, operationsOf, responsesOf, schemaRoots, walkProperties, type Json } from './openapi';
import { namesOf } from './message';
import { casingReport, describeCasing } from './words';

/** Property names whose casing differs from the others (`createdAt` among `user_id`, `order_total`). */
export function mixedPropertyCasing(doc: Json): string[] {
  const firstSeen = new Map<string, string>();
  for (const { schema, where } of schemaRoots(doc)) {
    walkProperties(doc, schema, where, ({ name, where: at }) => {
      if (!firstSeen.has(name)) firstSeen.set(name, at);
    });
  }
  const report = casingReport([...firstSeen.keys()]);
  if (report.outliers.length === 0) return [];
  const lead = describeCasing('property names', report, (name) => firstSeen.get(name)!);
  return [`${lead} Clients map these names to code; pick one style for every property and rename the others.`];
}

const successName = /^(is_?)?(success|successful|succeeded|ok)$/i;

function isBooleanish(schema: Json): boolean {
  if (hasType(schema, 'boolean') || typeof schema.const === 'boolean') return true;
  if (Array.isArray(schema.enum)) return schema.enum.length > 0 && schema.enum.every((v) => typeof v === 'boolean');
  return schema.type === undefined;
}

/** Responses whose body carries a boolean `success`/`ok` field, one problem per field name. */
export function successFlags(doc: Json): string[] {
  const carriers = new Map<string, string[]>();
  for (const operation of operationsOf(doc)) {
    for (const { status, schemas } of responsesOf(doc, operation)) {
      const flags = new Set<string>();
      for (const schema of schemas) {
        walkProperties(doc, schema, '', ({ name, schema: prop }) => {
          if (successName.test(name) && isBooleanish(prop)) flags.add(name);
        });
      }
      for (const flag of flags) carriers.set(flag, [...(carriers.get(flag) ?? []), `${operation.label} ${status}`]);
    }
  }
  return [...carriers.entries()].map(([flag, responses]) => {
    return (
      `The boolean "${flag}" field appears in ${namesOf(responses)}. The status code already tells success from failure ` +
      `(clients check response.ok), so remove the flag and return the resource or the error itself.`
    );
  });
}
