/**
 * Turns whatever a failed check threw into the message a learner reads. A grader's
 * own words come first: chai prefixes a failed `expect(value, 'message')` with that
 * message, so we split it from the matcher's detail and show the detail after a blank line.
 */
import type { CheckStatus } from '../results';

export class CheckTimeoutError extends Error {
  override name = 'CheckTimeoutError';
}

// Matcher messages can carry terminal colours (tinyrainbow); results are plain text.
const ansi = /\u001b\[[0-9;]*m/g;

function textLeaves(value: unknown, out: string[] = [], depth = 0): string[] {
  if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
  else if (value !== null && typeof value === 'object' && depth < 4) {
    for (const child of Object.values(value)) textLeaves(child, out, depth + 1);
  }
  return out;
}

// Graders often pass the list of problems they describe: expect(problems, describe(problems)).
// Then the matcher's "expected [ ... ] to deeply equal []" only repeats the message.
function detailRepeatsMessage(actual: unknown, custom: string): boolean {
  if (typeof actual !== 'object' || actual === null) return false;
  const leaves = textLeaves(actual).filter((leaf) => leaf.length > 0);
  return leaves.length > 0 && leaves.every((leaf) => custom.includes(leaf));
}

function splitCustomMessage(error: Error, message: string, customMessages: readonly string[]): string | null {
  for (const custom of [...customMessages].reverse()) {
    if (message === custom) return custom;
    if (message.startsWith(`${custom}: `)) {
      const detail = message.slice(custom.length + 2).trim();
      if (!detail || detailRepeatsMessage((error as { actual?: unknown }).actual, custom)) return custom;
      return `${custom}\n\n${detail}`;
    }
  }
  return null;
}

/** Status and message for a check that threw `error`; `customMessages` are those given to expect(). */
export function describeFailure(error: unknown, customMessages: readonly string[]): { status: CheckStatus; message: string } {
  if (!(error instanceof Error)) {
    const text = typeof error === 'string' ? error : JSON.stringify(error) ?? String(error);
    return { status: 'fail', message: text || 'This check failed without saying why.' };
  }
  const raw = (error.message ?? '').replace(ansi, '').trim();
  // Matchers added with expect.extend throw plain Errors, so look for the grader's words in any error.
  const custom = splitCustomMessage(error, raw, customMessages);
  if (custom) return { status: 'fail', message: custom };
  if (error.name === 'AssertionError') return { status: 'fail', message: raw || 'An expectation in this check failed.' };
  if (error.name === 'CheckTimeoutError') return { status: 'error', message: raw };
  // A plain Error is how graders say what is wrong; anything else is code that crashed.
  if (error.name === 'Error') return { status: 'fail', message: raw || 'This check failed without saying why.' };
  return { status: 'error', message: `The check stopped with ${error.name}: ${raw || '(no message)'}` };
}
