import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { UserRecord } from '../../store/records';
import type { GraphqlContext } from '../context';
import { DateTimeScalar } from '../schema/scalars/date-time';

/**
 * The users service: owns User. `@key(fields: "id")` makes User an entity: other
 * services may refer to a user by id alone, and the gateway asks this service
 * (through `_entities`) for the fields only it knows, via `__resolveReference`.
 */

export const usersTypeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  scalar DateTime

  type Query {
    user(id: ID!): User
    users: [User!]!
  }

  type User @key(fields: "id") {
    id: ID!
    name: String!
    email: String!
    createdAt: DateTime!
  }
`);

/** The users subgraph's executable schema. */
export function buildUsersSubgraph() {
  return buildSubgraphSchema([
    {
      typeDefs: usersTypeDefs,
      resolvers: {
        DateTime: DateTimeScalar,
        Query: {
          user: (_root: unknown, { id }: { id: string }, { loaders }: GraphqlContext) => loaders.user.load(id),
          users: (_root: unknown, _args: unknown, { reader }: GraphqlContext) => reader.allUsers(),
        },
        User: {
          createdAt: (user: UserRecord) => user.created_at,
          __resolveReference: (reference: { id: string }, { loaders }: GraphqlContext) => loaders.user.load(reference.id),
        },
      } satisfies GraphQLResolverMap<GraphqlContext>,
    },
  ]);
}
