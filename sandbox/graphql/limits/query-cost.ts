import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_FIRST, MAX_FIRST } from '../schema/connection';
import { clientError } from '../schema/errors';

/**
 * Query cost: an estimate, before execution, of how many objects a query may touch.
 * Every object a field may return costs 1, plus what is selected inside it; scalars are
 * free. A connection's edges and nodes hold `first` items (20 when left out); any other
 * list counts as LIST_ESTIMATE items. It is an upper bound, like GitHub's node limit:
 * `users(first: 100) { nodes { orders(first: 100) { nodes { id } } } }` may return
 * 10,000 orders, so it costs over 10,000 even if the store holds four.
 */

export const MAX_COST = 1000;
export const LIST_ESTIMATE = 10;

export interface QueryCost {
  total: number;
  /** The most expensive top-level field and its share, for the error message. */
  biggest: { field: string; cost: number } | null;
}

/** The cost of one operation with its (already coerced) variables. */
export function queryCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): QueryCost {
  const root = schema.getRootType(operation.operation);
  if (!root) return { total: 0, biggest: null };

  // pageSize: the `first` of the connection whose fields these are; its edges/nodes hold that many items.
  const costOf = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    spreading: ReadonlySet<string>,
    pageSize?: number,
    onRootField?: (field: string, cost: number) => void,
  ): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
        const definition = fields[selection.name.value];
        if (!definition || selection.name.value.startsWith('__')) continue;
        const type = getNamedType(definition.type);
        if (!isCompositeType(type) || !selection.selectionSet) continue;
        const args = getArgumentValues(definition, selection, variables);
        // first: 500 is refused by the resolver with a clear message; count it as the most it can be.
        const first = 'first' in args ? Math.max(0, Math.min(Number(args.first ?? DEFAULT_FIRST), MAX_FIRST)) : undefined;
        const items = isListType(getNullableType(definition.type)) ? (pageSize ?? LIST_ESTIMATE) : 1;
        const cost = items * (1 + costOf(selection.selectionSet, type, spreading, first));
        onRootField?.(selection.alias?.value ?? selection.name.value, cost);
        total += cost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (condition && isCompositeType(condition)) total += costOf(selection.selectionSet, condition, spreading, pageSize, onRootField);
      } else {
        const fragment = fragments[selection.name.value];
        const condition = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && condition && isCompositeType(condition) && !spreading.has(fragment.name.value)) {
          total += costOf(fragment.selectionSet, condition, new Set([...spreading, fragment.name.value]), pageSize, onRootField);
        }
      }
    }
    return total;
  };

  let biggest: QueryCost['biggest'] = null;
  const total = costOf(operation.selectionSet, root, new Set(), undefined, (field, cost) => {
    if (!biggest || cost > biggest.cost) biggest = { field, cost };
  });
  return { total, biggest };
}

/** The error for a query whose cost is over the limit, naming where the cost comes from. */
export function tooComplex(cost: QueryCost, maxCost: number = MAX_COST) {
  const where = cost.biggest ? ` Most of it comes from ${cost.biggest.field} (${cost.biggest.cost}).` : '';
  return clientError(
    'QUERY_TOO_COMPLEX',
    `This query may touch up to ${cost.total} objects; the limit is ${maxCost}.${where} ` +
      'Ask for fewer items with smaller first: values, or split it into several queries and page with after:.',
    { cost: cost.total, maxCost },
  );
}
