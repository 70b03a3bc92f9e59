import type { GradeResults } from '../grading/results';
import { workbench } from '@messages/workbench';
import { checkElementId, orderedChecks, runErrorElementId } from './failing-checks';

const text = workbench.results;

/** The one-line summary, also what screen readers hear when a run starts and ends. */
export function resultsSummary(results: GradeResults | null, running: boolean): string {
  if (running) return text.running;
  if (!results) return text.idle;
  if (results.status === 'error') return text.error;
  const passed = results.tests.filter((t) => t.status === 'pass').length;
  if (results.status === 'pass') return text.allPassed(passed);
  return text.someFailed(passed, results.tests.length);
}

/**
 * Every check with pass/fail and its message. The summary is a polite live region, so
 * "Running the checks…" and "3 of 5 checks passed." are announced without moving focus.
 * Failing items can take focus (tabIndex -1) for the "next failing check" shortcut.
 */
export function ResultsPanel({ results, running }: { results: GradeResults | null; running: boolean }) {
  const checks = orderedChecks(results);
  return (
    <section className="results" aria-labelledby="results-title">
      <h2 id="results-title">{text.title}</h2>
      <p className="results-summary" role="status" aria-live="polite" data-status={running ? 'running' : results?.status ?? 'none'}>
        {resultsSummary(results, running)}
      </p>
      {results?.status === 'error' && results.message && (
        <p className="results-error" role="alert" id={runErrorElementId} tabIndex={-1}>
          {results.location ? text.lineColumn(results.location.line, results.location.column) : ''}
          {results.message}
        </p>
      )}
      {results && results.tests.length > 0 && (
        <ul className="checks">
          {checks.map((check, i) => (
            <li key={i} id={checkElementId(i)} className="check" data-status={check.status} tabIndex={check.status === 'pass' ? undefined : -1}>
              <span className="check-icon" aria-hidden="true">
                {check.status === 'pass' ? '✓' : '✗'}
              </span>
              <span className="check-name">
                <span className="visually-hidden">{check.status === 'pass' ? text.passedPrefix : text.failedPrefix}</span>
                {check.name}
              </span>
              {check.status !== 'pass' && check.message && <p className="check-message">{check.message}</p>}
              {check.output && <pre className="check-output" tabIndex={0}>{check.output}</pre>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
