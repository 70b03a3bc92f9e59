import { contractLab } from '@messages/contract-lab';
import { describeMismatch, type InteractionResult } from './verify-contract';

const marks = { passed: '✓', failed: '✗', error: '!' } as const;
const m = contractLab.results;
// A list of users repeats the same mismatch per item: the first few say it.
const SHOWN = 3;

/** The verification, one card per interaction: the request, the verdict, and every mismatch with its path. */
export function VerificationResults({ results }: { results: InteractionResult[] }) {
  const broken = results.filter((result) => result.status !== 'passed').length;
  return (
    <div className="cl-results">
      <p data-testid="verify-summary" className={broken ? 'cl-fail' : 'cl-ok'}>
        {broken === 0 ? m.allPass(results.length) : m.broken(broken, results.length)}
      </p>
      <ol className="cl-result-list">
        {results.map((result) => (
          <li key={result.description} className={`cl-result cl-result-${result.status}`} data-testid="interaction-result">
            <div className="cl-result-head">
              <strong>
                <span className="cl-mark" aria-hidden="true">
                  {marks[result.status]}
                </span>{' '}
                {result.description}
              </strong>
              <span>{m.words[result.status]}</span>
              <code>{result.request}</code>
              {result.actual && <span className="muted">→ {result.actual.status}</span>}
            </div>
            {result.mismatches.length > 0 && (
              <ul className="cl-mismatches">
                {result.mismatches.slice(0, SHOWN).map((mismatch, i) => (
                  <li key={i}>{describeMismatch(mismatch)}</li>
                ))}
                {result.mismatches.length > SHOWN && <li className="muted">{m.more(result.mismatches.length - SHOWN)}</li>}
              </ul>
            )}
            {result.actual && (
              <details>
                <summary>{m.providerAnswer}</summary>
                <pre>{JSON.stringify(result.actual.body ?? null, null, 2)}</pre>
              </details>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
