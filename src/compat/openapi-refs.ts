/**
 * Local `$ref`s (`#/components/schemas/User`) resolved against their own document.
 * Only references inside the document are followed: the checker reads one pasted text
 * and fetches nothing.
 */

/** The value a local JSON pointer (`#/a/b~1c`) points at in `doc`, or undefined. */
export function pointerTarget(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  const steps = ref.slice(1).split('/').slice(1).map((step) => decodeURIComponent(step).replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc;
  for (const step of steps) {
    if (typeof node !== 'object' || node === null || !(step in node)) return undefined;
    node = (node as Record<string, unknown>)[step];
  }
  return node;
}

export interface Resolved {
  /** The node after following every `$ref` in a chain. */
  node: unknown;
  /** The refs followed, first to last (empty when `node` was no reference). */
  refs: string[];
}

/** Follows `$ref` chains from `node`; a chain that loops or points nowhere ends at undefined. */
export function resolve(doc: unknown, node: unknown): Resolved {
  const refs: string[] = [];
  let current = node;
  while (typeof current === 'object' && current !== null && typeof (current as { $ref?: unknown }).$ref === 'string') {
    const ref = (current as { $ref: string }).$ref;
    if (refs.includes(ref)) return { node: undefined, refs };
    refs.push(ref);
    current = pointerTarget(doc, ref);
  }
  return { node: current, refs };
}

/** The node with its `$ref` chain followed, as a record (empty when it is not an object). */
export function resolveObject(doc: unknown, node: unknown): Record<string, unknown> {
  const { node: target } = resolve(doc, node);
  return typeof target === 'object' && target !== null && !Array.isArray(target) ? (target as Record<string, unknown>) : {};
}
