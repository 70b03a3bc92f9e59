/**
 * The shop's types: the same users, products and orders as the REST API at /api/v1,
 * read from the same store. Descriptions here are what introspection (and so every
 * GraphQL console) shows.
 */
export const shopTypeDefs = /* GraphQL */ `
  "An instant, as an RFC 3339 string with a time zone. Output is UTC: \\"2026-01-05T09:00:00.000Z\\"."
  scalar DateTime @specifiedBy(url: "https://datatracker.ietf.org/doc/html/rfc3339")

  "An amount of money and its currency: \\"89.99 EUR\\". Always two decimals; the sandbox deals in EUR only."
  scalar Money

  "Anything with a global id. The id's prefix says the type: usr_ User, prd_ Product, ord_ Order, rep_ Repository, iss_ Issue, pr_ PullRequest."
  interface Node {
    id: ID!
  }

  "Where a page of a connection stands (Relay cursor connections)."
  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    "The cursor of the first edge on this page; null when the page is empty."
    startCursor: String
    "Pass this as after: to get the next page; null when the page is empty."
    endCursor: String
  }

  "A person who places orders and owns repositories."
  type User implements Node {
    id: ID!
    name: String!
    email: String!
    "GitHub-style handle: the part of the email before the @."
    login: String!
    profile: UserProfile!
    createdAt: DateTime!
    "The user's orders, oldest first."
    orders(first: Int = 20, after: String): OrderConnection!
    "The user's repositories, oldest first."
    repositories(first: Int = 20, after: String): RepositoryConnection!
  }

  "Presentation details derived from the user's name."
  type UserProfile {
    firstName: String!
    "Everything after the first name; empty when the name is one word."
    lastName: String!
    displayName: String!
    initials: String!
  }

  type UserEdge {
    cursor: String!
    node: User!
  }

  type UserConnection {
    edges: [UserEdge!]!
    nodes: [User!]!
    pageInfo: PageInfo!
    "All users, across every page."
    totalCount: Int!
  }

  "Something that can be ordered."
  type Product implements Node {
    id: ID!
    name: String!
    description: String!
    price: Money!
    createdAt: DateTime!
  }

  type ProductEdge {
    cursor: String!
    node: Product!
  }

  type ProductConnection {
    edges: [ProductEdge!]!
    nodes: [Product!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  "Where an order is in its lifecycle: PENDING → PAID → SHIPPED → DELIVERED, or CANCELLED before shipping."
  enum OrderStatus {
    PENDING
    PAID
    SHIPPED
    DELIVERED
    CANCELLED
  }

  "A user's purchase of products."
  type Order implements Node {
    id: ID!
    "Null when the user has since been deleted."
    user: User
    items: [OrderItem!]!
    status: OrderStatus!
    "The sum of the items' subtotals, computed by the server."
    total: Money!
    createdAt: DateTime!
  }

  "One line of an order."
  type OrderItem {
    "Null when the product has since been deleted; productId still says which it was."
    product: Product
    productId: ID!
    quantity: Int!
    "The product's price when the order was placed; later price changes don't rewrite it."
    unitPrice: Money!
    subtotal: Money!
  }

  type OrderEdge {
    cursor: String!
    node: Order!
  }

  type OrderConnection {
    edges: [OrderEdge!]!
    nodes: [Order!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }
`;
