import {
  execute,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  subscribe,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { GraphqlContext } from './context';
import { depthLimitRule, MAX_DEPTH } from './limits/depth-limit';
import { MAX_COST, queryCost, tooComplex } from './limits/query-cost';
import { clientError } from './schema/errors';

/**
 * One GraphQL request from text to result, in the order a careful server checks it:
 * parse → validate (graphql-js's rules + the depth limit) → pick the operation →
 * coerce variables → estimate the cost → execute (or subscribe). Everything before
 * "execute" is free of side effects: a request refused there never touched the store.
 */

export interface GraphqlParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** Errors that stop a request before execution (a GraphQL "request error": no `data` in the response). */
export interface RequestErrors {
  ok: false;
  errors: GraphQLError[];
}

export interface ResolvedOperation {
  ok: true;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

export interface ReadyOperation extends ResolvedOperation {
  variables: Record<string, unknown>;
  cost: number;
}

const withCode = (error: GraphQLError, code: string) =>
  error.extensions.code ? error : new GraphQLError(error.message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });

/** Parses, validates and picks the operation to run. */
export function resolveOperation(schema: GraphQLSchema, params: GraphqlParams, maxDepth: number = MAX_DEPTH): ResolvedOperation | RequestErrors {
  let document: DocumentNode;
  try {
    document = parse(params.query);
  } catch (error) {
    return { ok: false, errors: [withCode(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')] };
  }
  const invalid = validate(schema, document, [...specifiedRules, depthLimitRule(maxDepth)]);
  if (invalid.length > 0) return { ok: false, errors: invalid.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')) };

  const operation = getOperationAST(document, params.operationName);
  if (!operation) return { ok: false, errors: [operationNotFound(document, params.operationName)] };
  return { ok: true, document, operation };
}

function operationNotFound(document: DocumentNode, operationName: string | null | undefined): GraphQLError {
  const names = document.definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value ?? '(anonymous)'] : []));
  const message =
    names.length === 0
      ? 'The document holds only fragments; add a query, mutation or subscription that uses them.'
      : operationName
        ? `The document has no operation named "${operationName}"; it has ${names.join(', ')}. Send one of those names as operationName.`
        : `The document has ${names.length} operations (${names.join(', ')}); say which one to run with operationName.`;
  return clientError('OPERATION_RESOLUTION_FAILURE', message);
}

/** Coerces the variables and refuses the operation if it could cost more than `maxCost`. */
export function prepareOperation(
  schema: GraphQLSchema,
  resolved: ResolvedOperation,
  rawVariables: Record<string, unknown> | null | undefined,
  maxCost: number = MAX_COST,
): ReadyOperation | RequestErrors {
  const coerced = getVariableValues(schema, resolved.operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 25 });
  if (coerced.errors) return { ok: false, errors: coerced.errors.map((error) => withCode(error, 'BAD_USER_INPUT')) };

  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of resolved.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const cost = queryCost(schema, resolved.operation, fragments, coerced.coerced);
  if (cost.total > maxCost) return { ok: false, errors: [tooComplex(cost, maxCost)] };
  return { ...resolved, variables: coerced.coerced, cost: cost.total };
}

/** Runs a query or mutation to one result, or a subscription to a stream of results. */
export async function runOperation(
  schema: GraphQLSchema,
  ready: ReadyOperation,
  rawVariables: Record<string, unknown> | null | undefined,
  context: GraphqlContext,
): Promise<ExecutionResult | AsyncGenerator<ExecutionResult, void, void>> {
  const args = {
    schema,
    document: ready.document,
    operationName: ready.operation.name?.value,
    variableValues: rawVariables ?? {},
    contextValue: context,
  };
  return ready.operation.operation === 'subscription' ? subscribe(args) : execute(args);
}

/**
 * The result as it goes on the wire: errors the client should see keep their message
 * and code; anything unexpected (a bug) is logged and replaced by a generic error, so no
 * stack trace or internal detail leaks. `extensions` tell what the request cost.
 */
export function formatResult(result: ExecutionResult, context: GraphqlContext, cost: number, maxCost: number = MAX_COST): FormattedExecutionResult {
  const formatted: FormattedExecutionResult = {};
  if (result.errors) formatted.errors = result.errors.map(formatError);
  if ('data' in result) formatted.data = result.data;
  formatted.extensions = {
    ...result.extensions,
    storeReads: context.reader.count,
    storeReadLog: [...context.reader.log],
    dataLoader: context.batching ? 'on' : 'off',
    cost: { requested: cost, limit: maxCost },
    ...context.extensions,
  };
  return formatted;
}

/** One error as the client sees it. */
export function formatError(error: GraphQLError): GraphQLFormattedError {
  const original = error.originalError;
  if (error.extensions.code || (original instanceof GraphQLError && original.extensions.code)) return error.toJSON();
  if (original && !(original instanceof GraphQLError)) {
    console.error('[sandbox graphql] unexpected error:', original);
    return new GraphQLError('Something failed inside the sandbox while resolving this field; this is a bug in the sandbox, not in your query.', {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    }).toJSON();
  }
  return { ...error.toJSON(), extensions: { ...error.extensions, code: 'INTERNAL_SERVER_ERROR' } };
}
