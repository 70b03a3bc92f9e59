/**
 * kind 'graphql': the submission is a schema in GraphQL SDL. It is parsed, then built
 * with graphql-js exactly as a server would (SDL validation on), so graders can walk
 * the real GraphQLSchema and the AST behind it.
 */
import { GraphQLError, buildASTSchema, parse, validateSchema, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { SourceLocation } from '../results';
import { SubmissionError, assertNotEmpty, describeLocation, locationAt } from './submission-error';

export interface GraphQLSubmission {
  /** The built schema: types, fields, arguments, as a server would see them. */
  schema: GraphQLSchema;
  /** The parsed SDL, for checks that need what the schema forgets (order, descriptions' places). */
  document: DocumentNode;
  /** The text exactly as the learner wrote it. */
  text: string;
}

function locationOf(error: GraphQLError): SourceLocation | null {
  const first = error.locations?.[0];
  return first ? { line: first.line, column: first.column } : null;
}

function escape(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// buildASTSchema joins its SDL errors into one message and drops their locations, so the
// place is found again from the name the message quotes.
function locationFromSdlMessage(text: string, message: string): SourceLocation | null {
  const quoted = /"([^"]+)"/.exec(message)?.[1];
  if (!quoted) return null;
  const name = escape(quoted.split('.').pop()!.replace(/^@/, ''));
  const pattern = /^Unknown type/.test(message)
    ? new RegExp(`[:\\[]\\s*${name}\\b`)
    : new RegExp(`\\b${name}\\b`, /only one|only be defined once/.test(message) ? 'g' : '');
  if (pattern.global) {
    // A duplicate: point at the second definition, the one to remove or rename.
    const hits = [...text.matchAll(pattern)];
    const hit = hits[1] ?? hits[0];
    return hit?.index === undefined ? null : locationAt(text, hit.index);
  }
  const hit = pattern.exec(text);
  if (!hit) return null;
  const offset = hit.index + hit[0].search(new RegExp(name));
  return locationAt(text, offset);
}

function refuse(text: string, message: string, location: SourceLocation | null, advice: string): never {
  const where = location ? ` (${describeLocation(location)})` : '';
  throw new SubmissionError(`${message.replace(/\.$/, '')}${where}. ${advice}`, location);
}

/** Parses and builds GraphQL SDL; throws a SubmissionError naming line and column when it cannot. */
export function parseGraphQL(text: string): GraphQLSubmission {
  assertNotEmpty(text, 'a GraphQL schema (type definitions in SDL)');
  let document: DocumentNode;
  try {
    document = parse(text);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    refuse(text, `This is not valid GraphQL SDL: ${error.message.replace(/^Syntax Error:\s*/, '')}`, locationOf(error),
      'Check for an unclosed brace or a missing colon between a field and its type just before that spot.');
  }
  let schema: GraphQLSchema;
  try {
    // Validated first on a copy parsed without locations: graphql-js works out the line of
    // every SDL error from the start of the text, so thousands of errors in a large text
    // took minutes. The message names the place anyway (locationFromSdlMessage).
    buildASTSchema(parse(text, { noLocation: true }), { assumeValidSDL: false });
    schema = buildASTSchema(document, { assumeValidSDL: true });
  } catch (error) {
    const messages = (error instanceof Error ? error.message : String(error)).split('\n\n');
    const more = messages.length > 1 ? ` (${messages.length - 1} more problem${messages.length > 2 ? 's' : ''} after this one)` : '';
    refuse(text, `The schema does not build: ${messages[0]}${more}`, locationFromSdlMessage(text, messages[0]),
      'Define every type you use, once, and give every field a type; scalars other than Int, Float, String, Boolean and ID need a `scalar` line.');
  }
  const problems = validateSchema(schema);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (${problems.length - 1} more after this one)` : '';
    refuse(text, `The schema is not valid: ${problems[0].message}${more}`, locationOf(problems[0]) ?? { line: 1, column: 1 },
      'A schema needs a Query type with at least one field, and every type must keep the promises of the interfaces it implements.');
  }
  return { schema, document, text };
}
