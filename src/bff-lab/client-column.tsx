import { formatBytes } from './payload-size';
import type { DashboardResult } from './lab-api';
import { Waterfall } from './waterfall';

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
        <code>GET {path}</code>
      </p>
      {result === null ? (
        <p className="bff-muted">Not sent yet.</p>
      ) : (
        <>
          <dl className="bff-figures">
            <dt>Status</dt>
            <dd data-testid={`${id}-status`}>{result.status}</dd>
            <dt>Payload</dt>
            <dd>
              <span data-testid={`${id}-raw`}>{formatBytes(result.raw)}</span> raw, <span data-testid={`${id}-gzip`}>{formatBytes(result.gzip)}</span> gzip
            </dd>
            <dt>Round trip</dt>
            <dd>{Math.round(result.roundTrip)} ms</dd>
          </dl>
          {result.total !== null && result.calls.length > 0 && (
            <>
              <p className="bff-saving" data-testid={`${id}-saving`}>
                Sequential would take {sequential} ms, parallel took {Math.round(result.total)} ms.
              </p>
              <Waterfall calls={result.calls} total={result.total} label={label} />
            </>
          )}
          {degraded.length > 0 && (
            <p className="bff-degraded" role="status" data-testid={`${id}-degraded`}>
              Degraded: {degraded.join(', ')}
            </p>
          )}
          {error && (
            <p className="bff-error" role="alert">
              {error}
            </p>
          )}
          <details>
            <summary>Response body</summary>
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
