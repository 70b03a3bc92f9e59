/**
 * Where the GraphQL endpoints live. Under /api so that the browser door (MSW, which
 * forwards /api/*) serves them like every other sandbox route.
 */
export const GRAPHQL_PATH = '/api/graphql';
/** The gateway over the users and orders subgraphs (Apollo Federation 2). */
export const FEDERATED_PATH = `${GRAPHQL_PATH}/federated`;
/** Each subgraph on its own: `${SUBGRAPHS_PATH}/users`, `${SUBGRAPHS_PATH}/orders`. */
export const SUBGRAPHS_PATH = `${GRAPHQL_PATH}/subgraphs`;
