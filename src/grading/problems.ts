/**
 * The common shape of a grader check: a rule returns the problems it found, as teaching
 * sentences, and the check fails with the first few of them. Throwing a plain Error is how
 * a grader fails a check with exactly its own words (src/grading/runtime/failure-message.ts).
 * @example it('names collections with plural nouns', () => expectNoProblems(singularCollections(doc)));
 */
export function expectNoProblems(problems: readonly string[], { show = 1 }: { show?: number } = {}): void {
  if (problems.length === 0) return;
  const rest = problems.length - show;
  const more = rest > 0 ? (show === 1 ? ` (${rest} more like this.)` : ` (and ${rest} more like these)`) : '';
  throw new Error(problems.slice(0, show).join(' ') + more);
}
