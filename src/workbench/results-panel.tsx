import type { GradeResults } from '../grading/results';

/** Every check with pass/fail and its message; the summary is announced to screen readers. */
export function ResultsPanel({ results, running }: { results: GradeResults | null; running: boolean }) {
  // Failures first: they are what the learner acts on; passes keep their grader order below.
  const checks = results ? [...results.tests.filter((t) => t.status !== 'pass'), ...results.tests.filter((t) => t.status === 'pass')] : [];
  const passed = results?.tests.filter((t) => t.status === 'pass').length ?? 0;
  const failed = (results?.tests.length ?? 0) - passed;
  let summary = 'Press “Run tests” to grade your submission.';
  if (running) summary = 'Running the checks…';
  else if (results?.status === 'error') summary = 'The checks could not run.';
  else if (results?.status === 'pass') summary = `All ${passed} checks passed.`;
  else if (results) summary = `${passed} passed, ${failed} failed`;

  return (
    <section className="results" aria-labelledby="results-title">
      <h2 id="results-title">Results</h2>
      <p className="results-summary" role="status" aria-live="polite" data-status={running ? 'running' : results?.status ?? 'none'}>
        {summary}
      </p>
      {results?.status === 'error' && results.message && (
        <p className="results-error" role="alert">
          {results.location ? `Line ${results.location.line}, column ${results.location.column}: ` : ''}
          {results.message}
        </p>
      )}
      {results && results.tests.length > 0 && (
        <ul className="checks">
          {checks.map((check, i) => (
            <li key={i} className="check" data-status={check.status}>
              <span className="check-icon" aria-hidden="true">
                {check.status === 'pass' ? '✓' : '✗'}
              </span>
              <span className="check-name">
                <span className="visually-hidden">{check.status === 'pass' ? 'Passed: ' : 'Failed: '}</span>
                {check.name}
              </span>
              {check.status !== 'pass' && check.message && <p className="check-message">{check.message}</p>}
              {check.output && <pre className="check-output">{check.output}</pre>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
