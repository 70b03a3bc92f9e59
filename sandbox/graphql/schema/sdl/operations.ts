/** The entry points: queries, mutations (each returning a payload with userErrors) and the subscription. */
export const operationTypeDefs = /* GraphQL */ `
  type Query {
    "The signed-in user. The sandbox has no log-in, so this is always Ada Lovelace (usr_1)."
    viewer: User!
    "Any object by its global id."
    node(id: ID!): Node
    user(id: ID!): User
    users(first: Int = 20, after: String): UserConnection!
    product(id: ID!): Product
    "Products, oldest first; maxPrice keeps those that cost at most that much."
    products(first: Int = 20, after: String, maxPrice: Money): ProductConnection!
    order(id: ID!): Order
    "Orders, oldest first, optionally only those in one status or placed after an instant."
    orders(first: Int = 20, after: String, status: OrderStatus, createdAfter: DateTime): OrderConnection!
  }

  type Mutation {
    "Places an order for a user, priced at the products' current prices. The order starts PENDING."
    createOrder(input: CreateOrderInput!): CreateOrderPayload!
    "Moves an order along its lifecycle; a move the lifecycle does not allow comes back as a userError."
    updateOrderStatus(input: UpdateOrderStatusInput!): UpdateOrderStatusPayload!
    "Changes a user's first and last name (their name is the two joined by a space)."
    updateUserProfile(input: UpdateUserProfileInput!): UpdateUserProfilePayload!
  }

  type Subscription {
    "Every status change of one order, until it is DELIVERED or CANCELLED (then the stream completes). Served as server-sent events."
    orderStatusChanged(orderId: ID!): OrderStatusChange!
  }

  "A problem with the input that the client can fix. field is the path to it inside the arguments."
  type UserError {
    "Path to the offending input, e.g. [\\"input\\", \\"items\\", \\"1\\", \\"productId\\"]."
    field: [String!]
    message: String!
    code: UserErrorCode!
  }

  enum UserErrorCode {
    "An id names nothing that exists."
    NOT_FOUND
    "A value is out of range or blank."
    INVALID
    "The order's lifecycle does not allow this change from its current status."
    INVALID_TRANSITION
  }

  input OrderItemInput {
    productId: ID!
    "1 to 100."
    quantity: Int!
  }

  input CreateOrderInput {
    userId: ID!
    items: [OrderItemInput!]!
  }

  type CreateOrderPayload {
    "The new order; null when there are userErrors."
    order: Order
    userErrors: [UserError!]!
  }

  input UpdateOrderStatusInput {
    orderId: ID!
    status: OrderStatus!
  }

  type UpdateOrderStatusPayload {
    "The order after the change; null when there are userErrors."
    order: Order
    previousStatus: OrderStatus
    userErrors: [UserError!]!
  }

  input UpdateUserProfileInput {
    userId: ID!
    firstName: String!
    lastName: String!
  }

  type UpdateUserProfilePayload {
    user: User
    userErrors: [UserError!]!
  }

  type OrderStatusChange {
    order: Order!
    previousStatus: OrderStatus!
    status: OrderStatus!
    changedAt: DateTime!
  }
`;
