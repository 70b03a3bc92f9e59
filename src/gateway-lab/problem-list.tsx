import { gatewayLab } from '@messages/gateway-lab';
import type { DocumentProblem } from './lab-api';

/** Every problem of a refused document, each with where it is: line and column, and its path. */
export function ProblemList({ problems }: { problems: DocumentProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="gw-problems" aria-label={gatewayLab.document.problemsLabel} data-testid="problems">
      {problems.map((problem, index) => (
        <li key={index}>
          {problem.line !== null && (
            <span className="gw-where">{gatewayLab.document.where(problem.line, problem.column)}</span>
          )}{' '}
          <code>{problem.field}</code> {problem.message}
        </li>
      ))}
    </ul>
  );
}
