/**
 * One JSON Schema (as OpenAPI 3.0 or 3.1 writes it) reduced to what decides client
 * compatibility: its types, whether it may be null, format, enum, limits, fields and
 * items. `nullable: true` (3.0), `type: [string, 'null']` and `oneOf: [X, {type: 'null'}]`
 * (3.1) all read as "nullable"; `allOf` parts are merged into one object.
 */
import { resolve, resolveObject } from './openapi-refs';
import { compatSchemaChanges } from '@messages/compat-schema-changes';

export const limitKeywords = ['maxLength', 'maxItems', 'maximum', 'minLength', 'minItems', 'minimum'] as const;
export type LimitKeyword = (typeof limitKeywords)[number];

export interface Shape {
  /** The allowed types except null; null when the schema allows any type. */
  types: Set<string> | null;
  nullable: boolean;
  format: string | undefined;
  /** The allowed values except null; undefined when any value of the type is allowed. */
  enumValues: unknown[] | undefined;
  limits: Partial<Record<LimitKeyword, number>>;
  /** Field schemas, still unresolved (they are resolved when compared). */
  properties: Record<string, unknown>;
  required: Set<string>;
  /** false when the schema forbids fields it does not list. */
  additionalProperties: boolean;
  items: unknown;
  /** oneOf/anyOf alternatives (other than a null alternative), unresolved. */
  variants: unknown[];
  /** The `$ref`s followed to reach this schema; used to stop on recursive schemas. */
  refs: string[];
}

function typesOf(schema: Record<string, unknown>): { types: Set<string> | null; nullable: boolean } {
  const raw = schema.type;
  const list = Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : [];
  let nullable = schema.nullable === true || list.includes('null');
  if (Array.isArray(schema.enum) && schema.enum.includes(null)) nullable = true;
  const types = list.filter((type) => type !== 'null');
  if (types.length > 0) return { types: new Set(types), nullable };
  // No type keyword: infer it from the keywords that only make sense for one type.
  if (schema.properties !== undefined) return { types: new Set(['object']), nullable };
  if (schema.items !== undefined) return { types: new Set(['array']), nullable };
  return { types: null, nullable };
}

const isNullSchema = (doc: unknown, node: unknown) => {
  const schema = resolveObject(doc, node);
  return schema.type === 'null' || (Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === null);
};

/** The shape of `node` (a schema or a `$ref` to one) inside `doc`. */
export function shapeOf(doc: unknown, node: unknown, seen: readonly string[] = []): Shape {
  const { node: target, refs } = resolve(doc, node);
  // An allOf that includes itself, directly or not, would never finish merging.
  if (refs.some((ref) => seen.includes(ref))) return shapeOf(doc, {}, seen);
  const schema = typeof target === 'object' && target !== null ? (target as Record<string, unknown>) : {};
  const { types, nullable } = typesOf(schema);
  const shape: Shape = {
    types,
    nullable,
    format: typeof schema.format === 'string' ? schema.format : undefined,
    enumValues: Array.isArray(schema.enum) ? schema.enum.filter((value) => value !== null) : undefined,
    limits: Object.fromEntries(limitKeywords.filter((key) => typeof schema[key] === 'number').map((key) => [key, schema[key] as number])),
    properties: { ...((schema.properties as Record<string, unknown> | undefined) ?? {}) },
    required: new Set(Array.isArray(schema.required) ? schema.required.map(String) : []),
    additionalProperties: schema.additionalProperties !== false,
    items: schema.items,
    variants: [],
    refs: [...seen, ...refs],
  };
  const alternatives = (Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : []) as unknown[];
  const real = alternatives.filter((alternative) => !isNullSchema(doc, alternative));
  if (real.length < alternatives.length) shape.nullable = true;
  if (real.length === 1) merge(shape, shapeOf(doc, real[0], shape.refs), true);
  else shape.variants = real;
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) merge(shape, shapeOf(doc, part, shape.refs), false);
  }
  return shape;
}

/** Folds `part` into `shape`: fields and required lists add up; `asNullable` keeps the outer nullability. */
function merge(shape: Shape, part: Shape, asNullable: boolean): void {
  shape.types ??= part.types;
  shape.format ??= part.format;
  shape.enumValues ??= part.enumValues;
  shape.items ??= part.items;
  shape.limits = { ...part.limits, ...shape.limits };
  shape.properties = { ...part.properties, ...shape.properties };
  for (const name of part.required) shape.required.add(name);
  shape.additionalProperties &&= part.additionalProperties;
  if (asNullable) shape.nullable ||= part.nullable;
  if (shape.variants.length === 0) shape.variants = part.variants;
}

/** "a string", "a string or an integer" — the types of a shape in a sentence. */
export function describeTypes(types: Set<string> | null): string {
  return compatSchemaChanges.types(types === null ? null : [...types]);
}

/** True when every type in `inner` is also allowed by `outer` (an integer is a number). */
export function typesWithin(inner: Set<string> | null, outer: Set<string> | null): boolean {
  if (outer === null) return true;
  if (inner === null) return false;
  return [...inner].every((type) => outer.has(type) || (type === 'integer' && outer.has('number')));
}
