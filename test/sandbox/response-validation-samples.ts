/**
 * Plausible requests built from /openapi.json alone: a value for a schema (its example
 * first, else the smallest value its rules allow), so that a walk over every documented
 * operation needs no hand-written body per route and follows the document as it grows.
 */

type Schema = Record<string, any>;

/** The schema `$ref` points at (refs into components.schemas only, as the sandbox's document uses). */
function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  let current = schema;
  for (let depth = 0; current.$ref && depth < 20; depth++) current = components[String(current.$ref).split('/').pop()!]!;
  return current;
}

/** A value that `schema` accepts, preferring what the document itself offers as an example. */
export function sampleFor(schema: Schema | undefined, components: Record<string, Schema>, depth = 0): unknown {
  if (!schema || depth > 8) return undefined;
  const s = resolve(schema, components);
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if (s.const !== undefined) return s.const;
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (s.allOf) return Object.assign({}, ...s.allOf.map((part: Schema) => sampleFor(part, components, depth + 1) ?? {}));
  const choice = s.anyOf ?? s.oneOf;
  if (choice) return sampleFor(choice.find((option: Schema) => resolve(option, components).type !== 'null') ?? choice[0], components, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const name of s.required ?? []) value[name] = sampleFor(s.properties?.[name], components, depth + 1);
      return value;
    }
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sampleFor(s.items, components, depth + 1));
    case 'integer':
    case 'number':
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    case 'string':
      return sampleString(s);
    default:
      return undefined;
  }
}

function sampleString(s: Schema): string {
  switch (s.format) {
    case 'email':
      return 'walker@example.com';
    case 'date-time':
      return '2026-03-01T12:00:00.000Z';
    case 'date':
      return '2026-03-01';
    case 'uri':
    case 'url':
      return 'https://example.com/';
    default:
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
  }
}
