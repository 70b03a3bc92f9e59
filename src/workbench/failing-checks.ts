/**
 * The order the results panel shows checks in, and the stops of "next failing check":
 * pure functions, so the panel, the shortcut and the tests agree on one list.
 */
import type { CheckResult, GradeResults, SourceLocation } from '../grading/results';

/** Failures first (what the learner acts on), passes after, each group in grader order. */
export function orderedChecks(results: GradeResults | null): CheckResult[] {
  if (!results) return [];
  return [...results.tests.filter((t) => t.status !== 'pass'), ...results.tests.filter((t) => t.status === 'pass')];
}

/** The DOM id of the check shown at `index` of `orderedChecks`. */
export const checkElementId = (index: number) => `check-${index}`;
/** The DOM id of the "checks could not run" message. */
export const runErrorElementId = 'results-error';

export interface FailingStop {
  /** The element to focus. */
  elementId: string;
  /** Where to put the editor cursor, when the failure names a place. */
  location: SourceLocation | null;
}

/**
 * Reads "line 12" or "line 12, column 5" out of a check's message: graders may name a
 * line in prose, and the cursor can then go there.
 * @example locationInMessage('Line 4, column 3: expected a mapping') // { line: 4, column: 3 }
 */
export function locationInMessage(message: string | null): SourceLocation | null {
  const match = message?.match(/\bline (\d+)(?:,? column (\d+))?/i);
  if (!match) return null;
  const line = Number(match[1]);
  if (line < 1) return null;
  return { line, column: match[2] ? Math.max(1, Number(match[2])) : 1 };
}

/** Every place "next failing check" stops at, in the order the panel shows them. */
export function failingStops(results: GradeResults | null): FailingStop[] {
  if (!results) return [];
  const stops: FailingStop[] = [];
  if (results.status === 'error' && results.message)
    stops.push({ elementId: runErrorElementId, location: results.location ?? locationInMessage(results.message) });
  orderedChecks(results).forEach((check, index) => {
    if (check.status !== 'pass') stops.push({ elementId: checkElementId(index), location: locationInMessage(check.message) });
  });
  return stops;
}

/** The stop after the one whose element has focus (the first when none has), wrapping at the end. */
export function nextStop(stops: FailingStop[], focusedElementId: string | null): FailingStop | null {
  if (stops.length === 0) return null;
  const at = stops.findIndex((s) => s.elementId === focusedElementId);
  return stops[(at + 1) % stops.length]!;
}
