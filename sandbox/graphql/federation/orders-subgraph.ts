import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { OrderItemRecord, OrderRecord, OrderStatus } from '../../store/records';
import type { GraphqlContext } from '../context';
import { DateTimeScalar } from '../schema/scalars/date-time';
import { MoneyScalar } from '../schema/scalars/money';

/**
 * The orders service: owns Order, and adds `orders` to the User entity owned by the
 * users service. It knows a user only by key — `Order.user` returns `{ __typename:
 * "User", id }`, a reference — and the gateway fetches the rest from the users service.
 */

export const ordersTypeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  scalar DateTime
  scalar Money

  type Query {
    order(id: ID!): Order
    orders(status: OrderStatus): [Order!]!
  }

  enum OrderStatus {
    PENDING
    PAID
    SHIPPED
    DELIVERED
    CANCELLED
  }

  type Order @key(fields: "id") {
    id: ID!
    "A reference to an entity of the users service."
    user: User
    status: OrderStatus!
    items: [OrderItem!]!
    total: Money!
    createdAt: DateTime!
  }

  type OrderItem {
    productId: ID!
    quantity: Int!
    unitPrice: Money!
  }

  "A user as the orders service sees one: the key, plus the field this service contributes."
  type User @key(fields: "id") {
    id: ID!
    orders: [Order!]!
  }
`);

/** The orders subgraph's executable schema. */
export function buildOrdersSubgraph() {
  return buildSubgraphSchema([
    {
      typeDefs: ordersTypeDefs,
      resolvers: {
        DateTime: DateTimeScalar,
        Money: MoneyScalar,
        OrderStatus: { PENDING: 'pending', PAID: 'paid', SHIPPED: 'shipped', DELIVERED: 'delivered', CANCELLED: 'cancelled' },
        Query: {
          order: (_root: unknown, { id }: { id: string }, { loaders }: GraphqlContext) => loaders.order.load(id),
          orders: (_root: unknown, { status }: { status?: OrderStatus | null }, { reader }: GraphqlContext) =>
            reader.allOrders().filter((order) => !status || order.status === status),
        },
        Order: {
          user: (order: OrderRecord) => ({ __typename: 'User', id: order.user_id }),
          createdAt: (order: OrderRecord) => order.created_at,
          __resolveReference: (reference: { id: string }, { loaders }: GraphqlContext) => loaders.order.load(reference.id),
        },
        OrderItem: {
          productId: (item: OrderItemRecord) => item.product_id,
          unitPrice: (item: OrderItemRecord) => item.unit_price,
        },
        User: {
          // Only the key arrives here; the user's own fields live in the users service.
          orders: (user: { id: string }, _args: unknown, { loaders }: GraphqlContext) => loaders.ordersByUser.load(user.id),
        },
      } satisfies GraphQLResolverMap<GraphqlContext>,
    },
  ]);
}
