/**
 * The one error a parser throws for a submission it cannot read. grade() turns it
 * into results with status 'error', its message, and the editor marker's location.
 */
import type { SourceLocation } from '../results';

export class SubmissionError extends Error {
  override name = 'SubmissionError';

  constructor(
    message: string,
    readonly location: SourceLocation | null = null,
  ) {
    super(message);
  }
}

/** 1-based line and column of a 0-based character offset in `text`. */
export function locationAt(text: string, offset: number): SourceLocation {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** "line 3, column 7" — how messages name a place in the learner's text. */
export function describeLocation(location: SourceLocation): string {
  return `line ${location.line}, column ${location.column}`;
}

/** Throws a SubmissionError when the text is empty or only whitespace. */
export function assertNotEmpty(text: string, what: string): void {
  if (text.trim() === '') {
    throw new SubmissionError(`The submission is empty. Write ${what} in the editor (the starter is a good place to begin), then grade again.`, {
      line: 1,
      column: 1,
    });
  }
}
