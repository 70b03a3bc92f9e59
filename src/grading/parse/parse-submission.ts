/**
 * Reads a learner's text for an exercise kind. Throws a SubmissionError (with line and
 * column where known) when the text cannot be read; grade() turns that into results.
 */
import type { ExerciseKind } from '../../content/schema';
import type { Submission } from '../submission';
import { parseJson } from './json';
import { parseOpenApi } from './openapi';
import { parseTypeScript } from './typescript';

/** Parses `text` as a submission of `kind`. */
export async function parseSubmission<K extends ExerciseKind>(kind: K, text: string): Promise<Submission<K>> {
  switch (kind) {
    case 'openapi':
      return parseOpenApi(text) as Submission<K>;
    case 'typescript':
      return (await parseTypeScript(text)) as Submission<K>;
    case 'json':
      return parseJson(text) as Submission<K>;
    // The two heavy parsers load on first use, so graphql-js and protobufjs stay out of
    // the worker's start-up for the other kinds.
    case 'graphql':
      return (await import('./graphql')).parseGraphQL(text) as Submission<K>;
    case 'proto':
      return (await import('./proto')).parseProto(text) as Submission<K>;
    default:
      throw new Error(`Unknown exercise kind "${String(kind)}"; the exercise's frontmatter must say openapi, typescript, json, graphql or proto.`);
  }
}
