/**
 * Reads a learner's text for an exercise kind. Throws a SubmissionError (with line and
 * column where known) when the text cannot be read; grade() turns that into results.
 */
import { grading } from '@messages/grading';
import type { ExerciseKind } from '../../content/schema';
import type { Submission } from '../submission';
import { parseJson } from './json';
import { parseOpenApi } from './openapi';
import { SubmissionError } from './submission-error';
import { parseTypeScript } from './typescript';

/**
 * The most characters a submission may have. Answers are a few KB; several MB would hold
 * the parsers (YAML, GraphQL SDL validation) for seconds to minutes, which no time limit
 * can interrupt on the page's own copy of the text.
 */
export const maxSubmissionChars = 512 * 1024;

/** Parses `text` as a submission of `kind`. */
export async function parseSubmission<K extends ExerciseKind>(kind: K, text: string): Promise<Submission<K>> {
  if (text.length > maxSubmissionChars) {
    throw new SubmissionError(grading.tooLarge(Math.ceil(text.length / 1024), maxSubmissionChars / 1024), { line: 1, column: 1 });
  }
  try {
    return await parseKind(kind, text);
  } catch (error) {
    // Recursive-descent parsers overflow the stack on absurd nesting; that is the text's doing.
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw new SubmissionError(grading.nestedTooDeeply, { line: 1, column: 1 });
    throw error;
  }
}

async function parseKind<K extends ExerciseKind>(kind: K, text: string): Promise<Submission<K>> {
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
