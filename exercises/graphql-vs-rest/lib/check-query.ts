/**
 * Checks on the GraphQL query itself, read with graphql-js: it selects only the leaf
 * fields the dashboard shows (no over-fetching), and the user id travels as a
 * variable instead of being pasted into the query text.
 */
import { GraphQLError, TypeInfo, buildSchema, getNamedType, isLeafType, parse, validate, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Sandbox } from '../../../sandbox/index';
import type { DashboardCall } from './calls';
import { readBody } from './check-requests';
import { origin } from './sandbox-fetch';

// The leaf fields the dashboard shows, as Type.field. Product.id and OrderItem.productId
// carry the same id, so either will do.
const needed = ['User.id', 'User.name', 'Order.id', 'Order.status', 'Order.createdAt', 'Order.total', 'OrderItem.quantity', 'Product.name'];
const allowed = new Set([...needed, 'Product.id', 'OrderItem.productId']);

/** The sandbox's GraphQL schema, built from the SDL it serves. */
export async function sandboxSchema(sandbox: Sandbox): Promise<GraphQLSchema> {
  const response = await sandbox.fetch(new Request(`${origin}/api/graphql/schema.graphql`));
  return buildSchema(await response.text());
}

/** The queries the first call that sent any sent, parsed; or a problem saying why there are none. */
function sentQueries(calls: DashboardCall[]): DocumentNode[] | string {
  const bodies = calls
    .map((call) => call.requests.map((request) => readBody(request.body)).filter((body) => body !== null))
    .find((found) => found.length > 0);
  if (!bodies) return 'No GraphQL query was sent (no POST had a JSON body with a "query" string), so there is no query to read yet.';
  try {
    return bodies.map((body) => parse(body.query));
  } catch (error) {
    const where = error instanceof GraphQLError && error.locations?.[0] ? ` at line ${error.locations[0].line}, column ${error.locations[0].column}` : '';
    return `The query does not parse${where}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Every leaf field the document selects, as Type.field (fragments included). */
function selectedLeaves(schema: GraphQLSchema, document: DocumentNode): Set<string> {
  const typeInfo = new TypeInfo(schema);
  const leaves = new Set<string>();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const type = typeInfo.getType();
        if (node.name.value === '__typename' || !parent || !type) return;
        if (isLeafType(getNamedType(type))) leaves.add(`${parent.name}.${node.name.value}`);
      },
    }),
  );
  return leaves;
}

/** Leaf fields the query selects that the dashboard never shows. */
export function overFetchingProblems(calls: DashboardCall[], schema: GraphQLSchema): string[] {
  const documents = sentQueries(calls);
  if (typeof documents === 'string') return [documents];
  const invalid = documents.flatMap((document) => validate(schema, document))[0];
  if (invalid) {
    const at = invalid.locations?.[0];
    return [`The query is not valid against the sandbox's schema${at ? ` (line ${at.line}, column ${at.column})` : ''}: ${invalid.message}`];
  }
  const leaves = new Set(documents.flatMap((document) => [...selectedLeaves(schema, document)]));
  const extra = [...leaves].filter((leaf) => !allowed.has(leaf));
  if (extra.length > 0) {
    return [
      `The query selects ${extra.join(', ')}, which the dashboard never shows. Every field you select is computed, sent ` +
        'and parsed on each request: ask only for what UserDashboard needs, e.g. orders { nodes { id status createdAt total items { ... } } } without totalCount or pageInfo.',
    ];
  }
  const missing = needed.filter((leaf) => !leaves.has(leaf));
  const hasProductId = leaves.has('Product.id') || leaves.has('OrderItem.productId');
  if (missing.length > 0 || !hasProductId) {
    const all = [...missing, ...(hasProductId ? [] : ['Product.id (or OrderItem.productId)'])];
    return [`The query does not select ${all.join(', ')}, which the dashboard shows. Add them to the selection.`];
  }
  return [];
}

/** Queries whose text changes with the user, or that carry the id in the text instead of variables. */
export function variableProblems(calls: DashboardCall[]): string[] {
  const sent = calls.map((call) => ({ call, body: call.requests.map((request) => readBody(request.body)).find((body) => body !== null) ?? null }));
  const bodies = sent.filter((entry): entry is { call: DashboardCall; body: NonNullable<typeof entry.body> } => entry.body !== null);
  if (bodies.length === 0) return ['No GraphQL query was sent, so there are no variables to check yet.'];
  const pasted = bodies.find(({ call, body }) => body.query.includes(call.userId));
  if (pasted) {
    return [
      `The query sent for ${pasted.call.userId} has "${pasted.call.userId}" written into its text. Declare a variable ` +
        '(query Dashboard($userId: ID!) { user(id: $userId) { ... } }) and send { query, variables: { userId } }: the text stays ' +
        'the same for every user, so it can be validated once, cached, and allow-listed, and no value can change its meaning (injection).',
    ];
  }
  const missing = bodies.find(({ call, body }) => !JSON.stringify(body.variables ?? {}).includes(JSON.stringify(call.userId)));
  if (missing) {
    return [
      `The request for ${missing.call.userId} sent variables ${JSON.stringify(missing.body.variables)}, without the user id. ` +
        'Pass the id in variables, e.g. variables: { userId }, and use it in the query as user(id: $userId).',
    ];
  }
  if (new Set(bodies.map(({ body }) => body.query)).size > 1) {
    return ['The query text differs from one user to the next. Keep one constant query and let only the variables change.'];
  }
  return [];
}
