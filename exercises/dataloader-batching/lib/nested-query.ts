/**
 * A real nested GraphQL query, run with graphql-js, whose User.orders field is resolved
 * through the learner's loader: the situation DataLoader was made for. Executing
 * `{ users { id orders { id } } }` calls User.orders once per user; without batching
 * that is one store read per user (the N+1 problem).
 */
import { buildSchema, graphql } from 'graphql';
import { userId } from './store';

const schema = buildSchema(/* GraphQL */ `
  type Query {
    users: [User!]!
  }
  type User {
    id: ID!
    orders: [Order!]!
  }
  type Order {
    id: ID!
    status: String!
  }
`);

export const nestedQuery = '{ users { id orders { id status } } }';

export interface NestedRun {
  /** The data graphql-js produced, or null when it failed. */
  data: { users: { id: string; orders: { id: string; status: string }[] }[] } | null;
  /** The first error graphql-js reported (a resolver's error), if any. */
  error: string | null;
}

/**
 * Runs the nested query for users 1..count. With `awaitSteps`, user n's resolver first
 * awaits (n % 4) promise steps, as resolvers do that check permissions or read a parent first.
 */
export async function runNestedQuery(loader: OrdersLoader, count: number, awaitSteps = false): Promise<NestedRun> {
  const users = Array.from({ length: count }, (_, i) => {
    const id = userId(i + 1);
    return {
      id,
      // graphql-js's default resolver calls a function-valued property with (args, context, info).
      orders: async () => {
        for (let step = 0; awaitSteps && step < (i + 1) % 4; step++) await Promise.resolve();
        return loader.load(id);
      },
    };
  });
  const result = await graphql({ schema, source: nestedQuery, rootValue: { users: async () => users } });
  return { data: (result.data as NestedRun['data']) ?? null, error: result.errors?.[0]?.message ?? null };
}
