/**
 * Graceful degradation: a field that is being replaced stays in responses for the
 * clients that still read it, and every response that carries it says so in `meta`,
 * naming the replacement and the version that will remove it.
 */

export interface DeprecatedField {
  field: string;
  replacement: string;
  removedIn: string;
}

export interface DeprecationMeta {
  deprecated_fields: string[];
  warnings: string[];
}

/** The `meta` members that announce deprecated fields. */
export function deprecationMeta(fields: readonly DeprecatedField[]): DeprecationMeta {
  return {
    deprecated_fields: fields.map((f) => f.field),
    warnings: fields.map((f) => `'${f.field}' is deprecated and will be removed in ${f.removedIn}; use '${f.replacement}' instead.`),
  };
}
