/**
 * How `npm run grade` prints results: one line per check (✓ or ✗), the message
 * indented under each failure, and `N passed, N failed` alone on the last line.
 */
import type { GradeResults } from '../grading/results';

function indent(text: string, prefix = '    '): string {
  return text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');
}

/** The text report for `results` of grading `file` (shown with the location of an error). */
export function formatResults(results: GradeResults, file: string): string {
  const lines: string[] = [];
  if (results.status === 'error') {
    const where = results.location ? `${file}:${results.location.line}:${results.location.column}` : file;
    lines.push(`✗ ${where}`, indent(results.message ?? 'The submission could not be graded.'), '');
  }
  for (const test of results.tests) {
    lines.push(`${test.status === 'pass' ? '✓' : '✗'} ${test.name}`);
    if (test.status !== 'pass' && test.message) lines.push(indent(test.message));
    if (test.output) lines.push(indent(`output:\n${indent(test.output, '  ')}`));
  }
  const passed = results.tests.filter((test) => test.status === 'pass').length;
  if (results.tests.length > 0) lines.push('');
  lines.push(`${passed} passed, ${results.tests.length - passed} failed`);
  return lines.join('\n');
}
