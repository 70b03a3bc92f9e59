/**
 * Lists that grow: lists on Query and lists of orders get longer every day, so they are
 * connections a client pages through with first/after, not plain lists.
 */
import { getNamedType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { allFields, isList, orderType } from './schema-types';

type Field = GraphQLField<unknown, unknown>;

/** What a connection field lacks: first/after arguments, edges with cursor and node, pageInfo. */
function connectionProblems(field: Field, label: string): string[] {
  const problems: string[] = [];
  const args = new Map(field.args.map((arg) => [arg.name, String(arg.type)]));
  if (args.get('first') !== 'Int' || args.get('after') !== 'String') problems.push(`${label} needs the arguments first: Int and after: String`);
  if (!String(field.type).endsWith('!')) problems.push(`${label} should return ${String(field.type)}! (a connection is always there, it may just be empty)`);
  const connection = getNamedType(field.type) as GraphQLObjectType;
  const fields = connection.getFields();
  const edges = fields.edges;
  const edge = edges ? getNamedType(edges.type) : null;
  if (!edges || !isList(edges.type) || !edge || !isObjectType(edge)) {
    problems.push(`${connection.name} needs edges: a non-null list of edge objects`);
  } else {
    const edgeFields = edge.getFields();
    if (String(edgeFields.cursor?.type) !== 'String!') problems.push(`${edge.name} needs cursor: String!`);
    if (!edgeFields.node || !String(edgeFields.node.type).endsWith('!')) problems.push(`${edge.name} needs a non-null node`);
  }
  const pageInfo = fields.pageInfo;
  const info = pageInfo ? getNamedType(pageInfo.type) : null;
  if (!pageInfo || !String(pageInfo.type).endsWith('!') || !info || !isObjectType(info)) {
    problems.push(`${connection.name} needs pageInfo: PageInfo!`);
  } else if (String(info.getFields().hasNextPage?.type) !== 'Boolean!' || !info.getFields().endCursor) {
    problems.push(`${info.name} needs hasNextPage: Boolean! and endCursor: String`);
  }
  return problems;
}

/** True when a field returns a connection-shaped object rather than a list. */
function looksLikeConnection(field: Field): boolean {
  const named = getNamedType(field.type);
  return !isList(field.type) && isObjectType(named) && ('edges' in named.getFields() || named.name.endsWith('Connection'));
}

/** Plain lists that grow (on Query, or of orders) and connections missing a part. */
export function unpagedLists(schema: GraphQLSchema): string[] {
  const order = orderType(schema);
  const growing = allFields(schema).filter(
    ({ owner, field }) => isList(field.type) && (owner === schema.getQueryType() || (order !== null && getNamedType(field.type) === order)),
  );
  const plain = growing.map(({ label, field }) => `${label} is a plain list (${String(field.type)})`);
  const connections = allFields(schema).filter(({ owner, field }) => !owner.name.endsWith('Payload') && looksLikeConnection(field));
  const broken = connections.flatMap(({ field, label }) => connectionProblems(field, label));
  const problems = [...plain, ...broken];
  if (problems.length === 0) return [];
  return [
    `${problems.join('; ')}. A list that grows with the business must be paged: return a connection, ` +
      '`orders(first: Int, after: String): OrderConnection!` with `edges { cursor node }` and `pageInfo { hasNextPage endCursor }`.',
  ];
}

/** Whether the orders can be listed at all, through a connection on Query or on a customer. */
export function missingOrderConnection(schema: GraphQLSchema): string[] {
  const order = orderType(schema);
  if (!order) return [];
  const listsOrders = allFields(schema).some(({ field }) => {
    if (!looksLikeConnection(field)) return false;
    const edges = (getNamedType(field.type) as GraphQLObjectType).getFields().edges;
    const edge = edges ? getNamedType(edges.type) : null;
    const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
    return node !== undefined && getNamedType(node.type) === order;
  });
  return listsOrders
    ? []
    : [`No field lists ${order.name} objects. Add a connection of orders, on Query (\`orders(first: Int, after: String): ${order.name}Connection!\`) or on the customer.`];
}
