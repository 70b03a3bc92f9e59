/**
 * The checker's one entry point: two texts in, the changes between them out, or the
 * parse errors of either side with line and column. Parsing reuses the graders'
 * parsers, so a document reads the same here as in an exercise.
 */
import { parseJson } from '../grading/parse/json';
import { parseOpenApi } from '../grading/parse/openapi';
import { SubmissionError } from '../grading/parse/submission-error';
import type { SourceLocation } from '../grading/results';
import type { Change } from './change';
import { diffJson } from './json-diff';
import { diffOpenApi } from './openapi-diff';
import { compat } from '@messages/compat';

export type CompareMode = 'json' | 'openapi';
export type Side = 'before' | 'after';

export interface SideError {
  side: Side;
  message: string;
  /** 1-based line and column of the problem, when the parser knows it. */
  location: SourceLocation | null;
}

export type Comparison = { ok: true; changes: Change[] } | { ok: false; errors: SideError[] };

const sideName: Record<Side, string> = compat.sides;

function parseSide(mode: CompareMode, side: Side, text: string): { value: unknown } | { error: SideError } {
  if (text.trim() === '') {
    return { error: { side, message: compat.emptySide(sideName[side], mode), location: { line: 1, column: 1 } } };
  }
  try {
    return { value: mode === 'json' ? parseJson(text).value : parseOpenApi(text).document };
  } catch (error) {
    if (error instanceof SubmissionError) return { error: { side, message: compat.sideProblem(sideName[side], error.message), location: error.location } };
    throw error;
  }
}

/** Parses both texts in `mode` and lists the changes from `before` to `after`, breaking ones first. */
export function compareTexts(mode: CompareMode, before: string, after: string): Comparison {
  const left = parseSide(mode, 'before', before);
  const right = parseSide(mode, 'after', after);
  const errors = [left, right].flatMap((result) => ('error' in result ? [result.error] : []));
  if (errors.length > 0 || !('value' in left) || !('value' in right)) return { ok: false, errors };
  const changes = mode === 'json' ? diffJson(left.value, right.value) : diffOpenApi(left.value as Record<string, unknown>, right.value as Record<string, unknown>);
  return { ok: true, changes };
}
