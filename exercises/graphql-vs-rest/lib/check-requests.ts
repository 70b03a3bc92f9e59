/**
 * Checks on the round trips each way: REST reads several resources with GETs (and no
 * GraphQL); GraphQL asks one POST to /api/graphql for the whole dashboard.
 */
import { bytesOf, functionNames, type DashboardCall } from './calls';

const graphqlPath = '/api/graphql';

const list = (call: DashboardCall): string =>
  call.requests.slice(0, 6).map((request) => `${request.method} ${request.path}`).join(', ') + (call.requests.length > 6 ? ', …' : '');

/** REST calls that used GraphQL, sent anything but GETs to /api/v1, or made a single request. */
export function restRequestProblems(calls: DashboardCall[]): string[] {
  return calls.flatMap((call) => {
    const other = call.requests.find((request) => request.method !== 'GET' || !request.path.startsWith('/api/v1/'));
    if (other) {
      return [
        `${call.label} sent ${other.method} ${other.path}. The REST version reads resources with GET under /api/v1 ` +
          `(users, their orders, products) and leaves GraphQL to ${functionNames.graphql}, so the two can be compared.`,
      ];
    }
    if (call.requests.length < 2) {
      return [
        `${call.label} made ${call.requests.length} request${call.requests.length === 1 ? '' : 's'}; a user and their orders are two ` +
          'resources in REST (GET /api/v1/users/{id} and GET /api/v1/users/{id}/orders), plus each product for its name.',
      ];
    }
    return [];
  });
}

/** GraphQL calls that did not make exactly one POST to /api/graphql with a JSON body. */
export function graphqlRequestProblems(calls: DashboardCall[], restCalls: DashboardCall[]): string[] {
  return calls.flatMap((call, i) => {
    const rest = restCalls[i];
    const versus = rest ? ` (REST needed ${rest.requests.length} round trips, ${bytesOf(rest)} bytes)` : '';
    if (call.requests.length !== 1) {
      return [
        `${call.label} made ${call.requests.length} requests${call.requests.length ? ` (${list(call)})` : ''}${versus}. ` +
          'Ask for the user, their orders, the items and the products in one query: nest the fields, and the server follows the links for you.',
      ];
    }
    const [request] = call.requests;
    if (request!.method !== 'POST' || request!.path.split('?')[0] !== graphqlPath) {
      return [`${call.label} sent ${request!.method} ${request!.path}. Send the query with POST to ${graphqlPath}.`];
    }
    if (!readBody(request!.body)) {
      return [
        `${call.label} sent a body that is not JSON with a "query" string: ${JSON.stringify(request!.body.slice(0, 80))}. ` +
          'Send JSON.stringify({ query, variables }) with the header content-type: application/json.',
      ];
    }
    return [];
  });
}

/** The GraphQL-over-HTTP body of a request, or null when it is not JSON with a query string. */
export function readBody(body: string): { query: string; variables: Record<string, unknown> | null } | null {
  try {
    const parsed = JSON.parse(body) as { query?: unknown; variables?: unknown };
    if (typeof parsed.query !== 'string') return null;
    const variables = typeof parsed.variables === 'object' && parsed.variables !== null ? (parsed.variables as Record<string, unknown>) : null;
    return { query: parsed.query, variables };
  } catch {
    return null;
  }
}
