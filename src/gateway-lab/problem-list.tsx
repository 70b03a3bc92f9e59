import type { DocumentProblem } from './lab-api';

/** Every problem of a refused document, each with where it is: line and column, and its path. */
export function ProblemList({ problems }: { problems: DocumentProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="gw-problems" aria-label="Problems in the document" data-testid="problems">
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.line !== null && (
            <span className="gw-where">
              line {problem.line}, column {problem.column}
            </span>
          )}{' '}
          <code>{problem.field}</code> {problem.message}
        </li>
      ))}
    </ul>
  );
}
