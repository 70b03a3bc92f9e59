import { GraphQLError } from 'graphql';

/**
 * The codes in `errors[].extensions.code`. Clients branch on the code, never on the
 * message. The first five follow the names Apollo Server made common.
 */
export type GraphqlErrorCode =
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_USER_INPUT'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'INTERNAL_SERVER_ERROR'
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX';

/** A GraphQL error a client is meant to read: a message that says how to fix it, and a code. */
export function clientError(code: GraphqlErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** The error for an id that matches nothing (the field resolves to null beside it). */
export function notFound(noun: string, id: string, hint: string): GraphQLError {
  return clientError('NOT_FOUND', `No ${noun} has the id ${JSON.stringify(id)}. ${hint}`);
}
