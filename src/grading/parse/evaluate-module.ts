/**
 * Evaluates plain JavaScript as an ES module and returns its exports. Browsers import
 * it from a Blob URL; Node cannot import blob: URLs but imports data: URLs. The
 * sourceURL comment makes stack traces say "submission.ts:3:7" instead of the URL.
 */
import type { SourceLocation } from '../results';

export const submissionFileName = 'submission.ts';

function isNode(): boolean {
  return typeof process !== 'undefined' && typeof process.versions?.node === 'string';
}

async function importUrl(url: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ url)) as Record<string, unknown>;
}

/** Imports `code` as a module and returns a plain copy of its exports. Throws what the code throws. */
export async function evaluateModule(code: string): Promise<Record<string, unknown>> {
  const source = `${code}\n//# sourceURL=${submissionFileName}`;
  if (isNode()) {
    return { ...(await importUrl(`data:text/javascript;charset=utf-8,${encodeURIComponent(source)}`)) };
  }
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  try {
    return { ...(await importUrl(url)) };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Where in the submission an error was thrown, read from its stack trace. */
export function locationInStack(error: unknown): SourceLocation | null {
  const stack = error instanceof Error ? error.stack ?? '' : '';
  const match = new RegExp(`${submissionFileName.replace('.', '\\.')}:(\\d+):(\\d+)`).exec(stack);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : null;
}
