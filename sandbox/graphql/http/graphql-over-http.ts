import type { FormattedExecutionResult, GraphQLError, GraphQLSchema } from 'graphql';
import type { GraphqlContext } from '../context';
import { formatError, formatResult, prepareOperation, resolveOperation, runOperation, type ReadyOperation } from '../operation';
import { EVENT_STREAM, GRAPHQL_RESPONSE, JSON_TYPE, negotiate, type ResponseType } from './media-types';
import { readParams } from './request-params';
import { once, sseResponse } from './sse';

/**
 * A GraphQL endpoint as a Fetch handler (Request → Response), following the
 * GraphQL-over-HTTP spec. Status codes:
 * - 405 for a method other than GET/POST, or a mutation sent with GET (GET must be safe);
 * - 415 for a POST body that is not application/json; 406 when no acceptable type is asked for;
 * - 400 for a request that is not a GraphQL request at all (bad JSON, no query);
 * - for a document that cannot run (syntax, validation, limits, variables): 400 with
 *   application/graphql-response+json, 200 with legacy application/json;
 * - 200 once execution started, even if some fields failed (their errors are in `errors`).
 * Each response reports its store reads in `X-Store-Reads` and `extensions.storeReads`.
 */

export interface EndpointOptions {
  /** The schema to serve; may be loaded on first use (the federated gateway is). */
  schema: () => GraphQLSchema | Promise<GraphQLSchema>;
  /** A context for this request; throws a `RequestProblem` for a header it cannot read. */
  context: (request: Request) => GraphqlContext;
  maxDepth?: number;
  maxCost?: number;
}

/** A problem with the HTTP request itself, before any GraphQL is read. */
export class RequestProblem extends Error {
  constructor(
    readonly status: 400 | 405 | 406 | 415,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const bodyType = (type: ResponseType | null) => (type === GRAPHQL_RESPONSE ? GRAPHQL_RESPONSE : JSON_TYPE);

function json(body: FormattedExecutionResult, status: number, type: ResponseType | null, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...headers, 'Content-Type': `${bodyType(type)}; charset=utf-8` } });
}

function problem(error: RequestProblem, type: ResponseType | null): Response {
  return json({ errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }] }, error.status, type, error.headers);
}

// A request error (no data): 400 with the spec's media type; 200 for legacy JSON clients.
function requestErrors(errors: readonly GraphQLError[], type: ResponseType | null): Response {
  return json({ errors: errors.map(formatError) }, type === GRAPHQL_RESPONSE ? 400 : 200, type);
}

/** Builds the Fetch handler of one GraphQL endpoint. */
export function graphqlOverHttp(options: EndpointOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    const type = negotiate(request.headers.get('Accept'));
    try {
      if (request.method !== 'GET' && request.method !== 'POST') {
        throw new RequestProblem(405, `${request.method} is not how GraphQL is sent. Use POST with a JSON body, or GET for queries.`, { Allow: 'GET, POST' });
      }
      if (!type) {
        throw new RequestProblem(406, `None of the types in Accept: ${request.headers.get('Accept')} can be served. Accept ${GRAPHQL_RESPONSE}, ${JSON_TYPE} or ${EVENT_STREAM}.`);
      }
      const read = await readParams(request);
      if (!read.ok) throw new RequestProblem(read.status, read.message);
      const context = options.context(request);
      const schema = await options.schema();

      const resolved = resolveOperation(schema, read.params, options.maxDepth);
      if (!resolved.ok) return requestErrors(resolved.errors, type);
      const kind = resolved.operation.operation;
      if (kind === 'mutation' && request.method === 'GET') {
        throw new RequestProblem(405, 'Mutations change data, so they cannot be sent with GET (GET must be safe to repeat and cache). Send this one with POST.', {
          Allow: 'POST',
        });
      }
      if (kind === 'subscription' && type !== EVENT_STREAM) {
        throw new RequestProblem(406, `Subscriptions are answered as server-sent events: send the header Accept: ${EVENT_STREAM}.`);
      }
      const ready = prepareOperation(schema, resolved, read.params.variables, options.maxCost);
      if (!ready.ok) return requestErrors(ready.errors, type);

      return await respond(schema, ready, read.params.variables, context, type, request.signal, options.maxCost);
    } catch (error) {
      if (error instanceof RequestProblem) return problem(error, type);
      throw error;
    }
  };
}

async function respond(
  schema: GraphQLSchema,
  ready: ReadyOperation,
  variables: Record<string, unknown> | null | undefined,
  context: GraphqlContext,
  type: ResponseType,
  signal: AbortSignal,
  maxCost?: number,
): Promise<Response> {
  const outcome = await runOperation(schema, ready, variables, context);
  const mode = { 'X-DataLoader': context.batching ? 'on' : 'off' };

  if (!(Symbol.asyncIterator in outcome)) {
    const result = formatResult(outcome, context, ready.cost, maxCost);
    const headers = { ...mode, 'X-Store-Reads': String(context.reader.count) };
    // A subscription that failed before its first event (unknown order) ends after one `next`.
    if (type === EVENT_STREAM) return sseResponse(once(result), signal, headers);
    return json(result, 200, type, headers);
  }

  // Each event is one execution; its reads are counted on the context, then shown with it.
  const events = outcome;
  const formatted: AsyncIterator<FormattedExecutionResult> = {
    next: async () => {
      const next = await events.next();
      return next.done ? { done: true, value: undefined } : { done: false, value: formatResult(next.value, context, ready.cost, maxCost) };
    },
    return: async () => {
      await events.return();
      return { done: true, value: undefined };
    },
  };
  return sseResponse(formatted, signal, mode);
}
