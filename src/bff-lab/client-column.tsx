import { bffLab } from '@messages/bff-lab';
import { richText } from '../messages/rich-text';
import { formatBytes } from './payload-size';
import type { DashboardResult } from './lab-api';
import { Waterfall } from './waterfall';

const m = bffLab.column;

interface ClientColumnProps {
  id: string;
  label: string;
  path: string;
  result: DashboardResult | null;
}

/** One client's dashboard: status, sizes, the parallel-vs-sequential sentence, the waterfall, what degraded, the body. */
export function ClientColumn({ id, label, path, result }: ClientColumnProps) {
  const sequential = result ? Math.round(result.calls.reduce((sum, call) => sum + call.duration, 0)) : 0;
  const degraded = degradedSections(result?.json);
  const error = errorMessage(result?.json);
  return (
    <section className="bff-column" data-testid={`client-${id}`} aria-labelledby={`bff-${id}`}>
      <h2 id={`bff-${id}`}>{label}</h2>
      <p className="bff-path">
        <code>{`GET ${path}`}</code>
      </p>
      {result === null ? (
        <p className="bff-muted">{m.notSent}</p>
      ) : (
        <>
          <dl className="bff-figures">
            <dt>{m.status}</dt>
            <dd data-testid={`${id}-status`}>{result.status}</dd>
            <dt>{m.payload}</dt>
            <dd>
              {richText(m.sizes, {
                raw: <span data-testid={`${id}-raw`}>{formatBytes(result.raw)}</span>,
                gzip: <span data-testid={`${id}-gzip`}>{formatBytes(result.gzip)}</span>,
              })}
            </dd>
            <dt>{m.roundTrip}</dt>
            <dd>{m.ms(Math.round(result.roundTrip))}</dd>
          </dl>
          {result.total !== null && result.calls.length > 0 && (
            <>
              <p className="bff-saving" data-testid={`${id}-saving`}>
                {m.saving(sequential, Math.round(result.total))}
              </p>
              <Waterfall calls={result.calls} total={result.total} label={label} />
            </>
          )}
          {degraded.length > 0 && (
            <p className="bff-degraded" role="status" data-testid={`${id}-degraded`}>
              {m.degraded(degraded)}
            </p>
          )}
          {error && (
            <p className="bff-error" role="alert">
              {error}
            </p>
          )}
          <details>
            <summary>{m.responseBody}</summary>
            <pre className="bff-body">{result.json === null ? result.text : JSON.stringify(result.json, null, 2)}</pre>
          </details>
        </>
      )}
    </section>
  );
}

function degradedSections(json: unknown): string[] {
  const degraded = (json as { meta?: { degraded?: { section: string; reason: string }[] } } | null)?.meta?.degraded;
  return Array.isArray(degraded) ? degraded.map((entry) => `${entry.section} (${entry.reason})`) : [];
}

function errorMessage(json: unknown): string | null {
  const error = (json as { error?: { code?: string; message?: string } } | null)?.error;
  return error?.message ? `${error.code}: ${error.message}` : null;
}
