import { Code, ConnectError } from '@connectrpc/connect';
import { BadRequestSchema } from './gen/google/rpc/error_details_pb';

/**
 * gRPC's error model: a status code from a fixed list, a message for people, and
 * typed details for programs. Every error the UserService returns is built here,
 * the way the REST routes build theirs in patterns/errors.ts.
 */

/** One wrong field of a request, as google.rpc.BadRequest reports it. */
export interface FieldViolation {
  /** Path to the field: `user.email`, `page_token`, `update_mask`. */
  field: string;
  /** What is wrong and what to send instead. */
  description: string;
  /** Stable UPPER_SNAKE_CASE reason: `REQUIRED`, `INVALID_FORMAT`, `TOO_BIG`, ... */
  reason: string;
}

/** INVALID_ARGUMENT listing every wrong field, so a client can fix them all in one go. */
export function invalidArgument(violations: FieldViolation[]): ConnectError {
  const count = violations.length === 1 ? '1 field is' : `${violations.length} fields are`;
  const summary = `${count} invalid: ${violations.map((violation) => violation.description).join(' ')}`;
  return new ConnectError(summary, Code.InvalidArgument, undefined, [{ desc: BadRequestSchema, value: { fieldViolations: violations } }]);
}

/** NOT_FOUND for an id that is well-formed but names no user. */
export function userNotFound(id: string): ConnectError {
  return new ConnectError(`There is no user with id "${id}". ListUsers shows the ids that exist.`, Code.NotFound);
}

/** ALREADY_EXISTS: emails identify people, so two users may not share one. */
export function emailTaken(email: string): ConnectError {
  return new ConnectError(`Another user already has the email ${email}. Use a different address, or update that user instead.`, Code.AlreadyExists);
}

/** `too_small` → `TOO_SMALL`: the REST detail codes as gRPC-style reasons. */
export function reasonFromCode(code: string): string {
  return code.toUpperCase();
}
