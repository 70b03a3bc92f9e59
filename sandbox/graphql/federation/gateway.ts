import type { FederationSubschemaConfig } from '@graphql-tools/federation';
import { getStitchedSchemaFromSupergraphSdl } from '@graphql-tools/federation';
import { composeServices } from '@theguild/federation-composition';
import { execute, print, type GraphQLSchema } from 'graphql';
import type { GraphqlContext } from '../context';
import { SUBGRAPHS_PATH } from '../paths';
import { buildOrdersSubgraph, ordersTypeDefs } from './orders-subgraph';
import { buildUsersSubgraph, usersTypeDefs } from './users-subgraph';

/**
 * Apollo Federation, worked through in one place:
 * 1. two services, each with its own executable schema (users-subgraph.ts, orders-subgraph.ts);
 * 2. composition: their SDL is checked and merged into a supergraph, which records
 *    which service resolves which field (@theguild/federation-composition);
 * 3. the gateway: a schema built from the supergraph that splits each query into
 *    requests to the services and joins the answers (@graphql-tools/federation).
 * The services run in-process here, but the gateway talks to them exactly as over the
 * network — a GraphQL document and variables in, a result out — and every request it
 * sends is listed in the response under `extensions.subgraphRequests`.
 */

export interface SubgraphRequest {
  subgraph: string;
  query: string;
  variables: Record<string, unknown>;
}

export interface Federation {
  gateway: GraphQLSchema;
  subgraphs: Record<'users' | 'orders', GraphQLSchema>;
  /** The composed supergraph SDL, with its join__ directives. */
  supergraphSdl: string;
}

type Executor = FederationSubschemaConfig['executor'];
type ExecutionRequest = Parameters<Executor>[0];

/** Composes the two subgraphs and builds the gateway; throws (at start-up) if composition fails. */
export function createFederation(): Federation {
  const subgraphs = { users: buildUsersSubgraph(), orders: buildOrdersSubgraph() };
  const composed = composeServices([
    { name: 'users', typeDefs: usersTypeDefs, url: `${SUBGRAPHS_PATH}/users` },
    { name: 'orders', typeDefs: ordersTypeDefs, url: `${SUBGRAPHS_PATH}/orders` },
  ]);
  if (composed.errors) {
    throw new Error(`The users and orders subgraphs do not compose: ${composed.errors.map((error) => error.message).join(' ')} Fix their SDL in sandbox/graphql/federation/.`);
  }

  const gateway = getStitchedSchemaFromSupergraphSdl({
    supergraphSdl: composed.supergraphSdl,
    onSubschemaConfig(config) {
      // The supergraph names services in capitals (join__Graph enum): USERS, ORDERS.
      const name = config.name.toLowerCase() as keyof typeof subgraphs;
      config.executor = inProcessExecutor(name, subgraphs[name]);
    },
  });
  return { gateway, subgraphs, supergraphSdl: composed.supergraphSdl };
}

function inProcessExecutor(name: string, schema: GraphQLSchema): Executor {
  const executor = (request: ExecutionRequest) => {
    const context = request.context as GraphqlContext;
    const log = ((context.extensions.subgraphRequests as SubgraphRequest[] | undefined) ??= []);
    log.push({ subgraph: name, query: print(request.document), variables: request.variables ?? {} });
    return execute({ schema, document: request.document, variableValues: request.variables, operationName: request.operationName, contextValue: context });
  };
  return executor as Executor;
}
