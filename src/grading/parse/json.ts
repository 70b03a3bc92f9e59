/**
 * kind 'json': the submission is one JSON value. JSON.parse says where it stopped
 * differently in each engine, so the position is read from whichever form it gives.
 */
import { SubmissionError, assertNotEmpty, describeLocation, locationAt } from './submission-error';
import type { SourceLocation } from '../results';

export interface JsonSubmission {
  /** The parsed JSON value. */
  value: unknown;
  /** The text exactly as the learner wrote it. */
  text: string;
}

function locationFromMessage(text: string, message: string): SourceLocation | null {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/i.exec(message);
  if (position) return locationAt(text, Number(position[1]));
  // Reaching the end of the text is reported without a position in V8.
  if (/end of (JSON|data) input/i.test(message)) return locationAt(text, text.length);
  return null;
}

/** Parses the text as JSON; throws a SubmissionError naming line and column when it is not. */
export function parseJson(text: string): JsonSubmission {
  assertNotEmpty(text, 'a JSON value');
  try {
    return { value: JSON.parse(text), text };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const location = locationFromMessage(text, raw);
    // Drop the engine's own position suffix; ours is easier to read and 1-based.
    const reason = raw
      .replace(/^JSON\.parse:\s*/, '')
      .replace(/\s*(in JSON )?at position \d+.*$/i, '')
      .replace(/\s*at line \d+ column \d+.*$/i, '')
      .replace(/\s*\(line \d+ column \d+\)$/i, '');
    const where = location ? ` on ${describeLocation(location)}` : '';
    throw new SubmissionError(`This is not valid JSON${where}: ${reason}. Check for a missing comma or quote, or a trailing comma, just before that spot.`, location);
  }
}
