import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { githubResolvers } from './resolvers/github';
import { mutationResolvers } from './resolvers/mutation';
import { nodeResolvers } from './resolvers/node';
import { orderResolvers } from './resolvers/order';
import { queryResolvers } from './resolvers/query';
import { rideResolvers } from './resolvers/rides';
import { subscriptionResolvers } from './resolvers/subscription';
import { userResolvers } from './resolvers/user';
import { DateTimeScalar } from './scalars/date-time';
import { MoneyScalar } from './scalars/money';
import { githubTypeDefs } from './sdl/github';
import { operationTypeDefs } from './sdl/operations';
import { ridesTypeDefs } from './sdl/rides';
import { shopTypeDefs } from './sdl/shop';

/**
 * The schema served at /api/graphql, written SDL-first: the type definitions are the
 * contract, the resolvers only say where each field's value comes from. It holds no
 * data — everything arrives through the per-request context — so one schema serves
 * every sandbox and is built once.
 */

let schema: GraphQLSchema | undefined;

/** The shop + GitHub schema (built on first use). */
export function shopSchema(): GraphQLSchema {
  schema ??= makeExecutableSchema({
    typeDefs: [shopTypeDefs, githubTypeDefs, operationTypeDefs, ridesTypeDefs],
    resolvers: [
      { DateTime: DateTimeScalar, Money: MoneyScalar },
      nodeResolvers,
      queryResolvers,
      userResolvers,
      orderResolvers,
      githubResolvers,
      mutationResolvers,
      subscriptionResolvers,
      rideResolvers,
    ],
  });
  return schema;
}
