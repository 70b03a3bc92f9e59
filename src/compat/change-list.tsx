import type { ReactNode } from 'react';
import { compat } from '@messages/compat';
import { countBySeverity, groupChanges, verdict, type Change, type Severity } from './change';

const m = compat.results;
const severityLabel: Record<Severity, string> = m.severity;

/** Text with `backticked` parts shown as code, as the checker writes field names. */
export function WithCode({ text }: { text: string }) {
  const parts: ReactNode[] = text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
  return <>{parts}</>;
}

/** The verdict, the counts, and every change with its class and the reason a client breaks. */
export function ChangeList({ changes }: { changes: readonly Change[] }) {
  // Counted as shown: a change repeated at every operation using a shared schema counts once.
  const groups = groupChanges(changes);
  const distinct = groups.map((group) => group.change);
  const counts = countBySeverity(distinct);
  const breaking = counts.breaking > 0;
  return (
    <section className="compat-results" aria-labelledby="compat-results-title">
      <h2 id="compat-results-title">{m.title}</h2>
      <p className={`compat-verdict ${breaking ? 'compat-verdict-breaking' : 'compat-verdict-ok'}`} data-testid="compat-verdict" role="status">
        {verdict(distinct)}
      </p>
      {changes.length > 0 && (
        <p className="compat-counts">
          {(['breaking', 'additive', 'neutral'] as const).map((severity) => (
            <span key={severity} className={`compat-badge compat-${severity}`}>
              {m.count(counts[severity], severityLabel[severity])}
            </span>
          ))}
        </p>
      )}
      <ol className="compat-list">
        {groups.map(({ change, paths }, index) => (
          <li key={index} className={`compat-change compat-change-${change.severity}`} data-severity={change.severity} data-kind={change.kind}>
            <div className="compat-change-head">
              <span className={`compat-badge compat-${change.severity}`}>{severityLabel[change.severity]}</span>
              <code className="compat-path">{paths[0] || m.theBody}</code>
            </div>
            <p className="compat-summary">
              <WithCode text={change.summary} />
            </p>
            <p className="compat-reason">
              <WithCode text={change.reason} />
            </p>
            {paths.length > 1 && (
              <p className="compat-also">
                {m.alsoIn}{' '}
                {paths.slice(1).map((path, i) => (
                  <span key={path}>
                    {i > 0 && ', '}
                    <code>{path}</code>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
