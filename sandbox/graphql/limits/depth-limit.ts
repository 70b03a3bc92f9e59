import { GraphQLError, Kind, type ASTVisitor, type FieldNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Depth limit: a validation rule that refuses, before anything runs, a query nested
 * deeper than `maxDepth` fields. Cycles in the schema (user → orders → user → …) let a
 * client write a query whose work grows with every level; a fixed cap stops that.
 * Fragments count at the depth where they are spread. Introspection fields (`__schema`,
 * `__type`) are not counted: tools send deep introspection queries, and they are cheap.
 */

export const MAX_DEPTH = 8;

interface Deepest {
  depth: number;
  node: FieldNode | null;
  path: string[];
}

/** The validation rule; pass it to `validate` beside graphql-js's specifiedRules. */
export function depthLimitRule(maxDepth: number = MAX_DEPTH) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const deepest = measure(context, operation.selectionSet, 0, [], new Set());
      if (deepest.depth > maxDepth) {
        const name = operation.name ? `Operation "${operation.name.value}"` : 'The operation';
        context.reportError(
          new GraphQLError(
            `${name} is ${deepest.depth} levels deep (at ${deepest.path.join('.')}); the limit is ${maxDepth}. ` +
              'Ask for less nested data, or fetch the inner part in a second query (by id, or with node(id:)).',
            { nodes: deepest.node ?? operation, extensions: { code: 'QUERY_TOO_DEEP', depth: deepest.depth, maxDepth } },
          ),
        );
      }
      return false; // the operation's fields were walked here; nothing more to visit
    },
  });
}

function measure(context: ValidationContext, selectionSet: SelectionSetNode, depth: number, path: string[], spreading: Set<string>): Deepest {
  let deepest: Deepest = { depth, node: null, path };
  const consider = (candidate: Deepest) => {
    if (candidate.depth > deepest.depth) deepest = candidate;
  };
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      const fieldPath = [...path, selection.alias?.value ?? selection.name.value];
      consider({ depth: depth + 1, node: selection, path: fieldPath });
      if (selection.selectionSet) consider(measure(context, selection.selectionSet, depth + 1, fieldPath, spreading));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      consider(measure(context, selection.selectionSet, depth, path, spreading));
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // An unknown or cyclic fragment is reported by graphql-js's own rules; don't loop on it here.
      if (!fragment || spreading.has(name)) continue;
      consider(measure(context, fragment.selectionSet, depth, path, new Set([...spreading, name])));
    }
  }
  return deepest;
}
