import { workbench } from '@messages/workbench';
import type { GradeResults } from '../grading/results';
import { orderedChecks } from './failing-checks';
import { resultsSummary } from './results-panel';

/** The last run's checks and messages, for reading beside the diff. */
export function GraderNotes({ results, gradedAt }: { results: GradeResults | null; gradedAt: string | null }) {
  return (
    <aside className="grader-notes" aria-labelledby="grader-notes-title">
      <h3 id="grader-notes-title">{workbench.diff.notesTitle}</h3>
      {!results ? (
        <p className="muted">{workbench.diff.noNotes}</p>
      ) : (
        <>
          <p className="results-summary" data-status={results.status}>
            {resultsSummary(results, false)}
          </p>
          {gradedAt && <p className="muted">{workbench.diff.notesFrom(new Date(gradedAt).toLocaleString())}</p>}
          {results.status === 'error' && results.message && <p className="results-error">{results.message}</p>}
          <ul className="checks">
            {orderedChecks(results).map((check, i) => (
              <li key={i} className="check" data-status={check.status}>
                <span className="check-icon" aria-hidden="true">
                  {check.status === 'pass' ? '✓' : '✗'}
                </span>
                <span className="check-name">
                  <span className="visually-hidden">{check.status === 'pass' ? workbench.results.passedPrefix : workbench.results.failedPrefix}</span>
                  {check.name}
                </span>
                {check.status !== 'pass' && check.message && <p className="check-message">{check.message}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
