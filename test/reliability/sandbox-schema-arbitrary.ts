import fc from 'fast-check';

/**
 * Builds a fast-check arbitrary from a JSON Schema (the OpenAPI 3.1 request-body schemas
 * of /openapi.json), so the route fuzz can send bodies the document calls valid and check
 * that the sandbox accepts or refuses them cleanly. It covers the keywords the document
 * uses (type, properties, required, enum, const, anyOf/oneOf/allOf, items, $ref, lengths,
 * bounds, pattern, format); an unknown keyword is ignored, which only widens what is sent.
 */

export type JsonSchema = Record<string, any>;
type Components = Record<string, JsonSchema>;

// Recursive schemas ($ref back to an ancestor) stop here: deeper levels send the smallest value.
const MAX_DEPTH = 6;

/** An arbitrary of values valid against `schema`, whose `#/components/schemas/X` refs resolve in `components`. */
export function schemaArbitrary(schema: JsonSchema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const name = String(schema.$ref).replace('#/components/schemas/', '');
    const target = components[name];
    if (!target) throw new Error(`The schema refers to ${schema.$ref}, which /openapi.json does not define: add it to components.schemas.`);
    return schemaArbitrary(target, components, depth + 1);
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[];
    return fc.oneof(...options.map((option) => schemaArbitrary({ ...withoutKeys(schema, ['anyOf', 'oneOf']), ...option }, components, depth + 1)));
  }
  if (Array.isArray(schema.allOf)) return schemaArbitrary(mergeAll(schema, components), components, depth + 1);
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : inferredTypes(schema);
  return fc.oneof(...types.map((type) => typedArbitrary(type, schema, components, depth)));
}

function typedArbitrary(type: string, schema: JsonSchema, components: Components, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: lowerBound(schema, -1_000_000), max: upperBound(schema, 1_000_000) });
    case 'number':
      return fc.double({ min: lowerBound(schema, -1e6), max: upperBound(schema, 1e6), noNaN: true, noDefaultInfinity: true });
    case 'string':
      return stringArbitrary(schema);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = depth >= MAX_DEPTH ? minLength : Math.max(minLength, Math.min(schema.maxItems ?? 4, 4));
      return fc.array(schemaArbitrary(schema.items ?? {}, components, depth + 1), { minLength, maxLength });
    }
    default:
      return objectArbitrary(schema, components, depth);
  }
}

function objectArbitrary(schema: JsonSchema, components: Components, depth: number): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set<string>(schema.required ?? []);
  const keys = Object.keys(properties).filter((key) => depth < MAX_DEPTH || required.has(key));
  const model = Object.fromEntries(keys.map((key) => [key, schemaArbitrary(properties[key]!, components, depth + 1)]));
  return fc.record(model, { requiredKeys: keys.filter((key) => required.has(key)) });
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(schema.maxLength ?? 40, 40));
  if (typeof schema.pattern === 'string') {
    return fc.stringMatching(new RegExp(schema.pattern)).filter((value) => value.length >= minLength && value.length <= (schema.maxLength ?? Infinity));
  }
  switch (schema.format) {
    case 'email':
      return fc.emailAddress();
    case 'uri':
    case 'url':
      return fc.webUrl();
    case 'date-time':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
    case 'date':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    case 'uuid':
      return fc.uuid();
    default:
      return fc.string({ minLength, maxLength, unit: 'grapheme' }).filter((value) => value.length >= minLength && value.length <= maxLength);
  }
}

// A schema without `type` still constrains its value by the keywords it has.
function inferredTypes(schema: JsonSchema): string[] {
  if (schema.properties || schema.required || schema.additionalProperties) return ['object'];
  if (schema.items) return ['array'];
  if (schema.minLength !== undefined || schema.pattern || schema.format) return ['string'];
  if (schema.minimum !== undefined || schema.maximum !== undefined) return ['number'];
  return ['string', 'integer', 'boolean', 'null'];
}

function lowerBound(schema: JsonSchema, fallback: number): number {
  if (typeof schema.exclusiveMinimum === 'number') return schema.exclusiveMinimum + (schema.type === 'integer' ? 1 : 1e-6);
  return typeof schema.minimum === 'number' ? schema.minimum : fallback;
}

function upperBound(schema: JsonSchema, fallback: number): number {
  if (typeof schema.exclusiveMaximum === 'number') return schema.exclusiveMaximum - (schema.type === 'integer' ? 1 : 1e-6);
  return typeof schema.maximum === 'number' ? schema.maximum : fallback;
}

function withoutKeys(schema: JsonSchema, keys: string[]): JsonSchema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !keys.includes(key)));
}

// allOf of object schemas (how zod writes intersections): one object with every part's properties and requirements.
function mergeAll(schema: JsonSchema, components: Components): JsonSchema {
  const parts = (schema.allOf as JsonSchema[]).map((part) => (part.$ref ? components[String(part.$ref).replace('#/components/schemas/', '')]! : part));
  return parts.reduce<JsonSchema>(
    (merged, part) => ({
      ...merged,
      ...withoutKeys(part, ['properties', 'required']),
      properties: { ...merged.properties, ...part.properties },
      required: [...(merged.required ?? []), ...(part.required ?? [])],
    }),
    withoutKeys(schema, ['allOf']),
  );
}
