import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { LogFilterForm } from './log-filter-form';
import { LogTable } from './log-table';
import { appendLines, lastSeq, requestSummary } from './log-tail';
import { readLogs, type LogFilter, type LogLine } from './monitoring-api';
import { duration } from './format';
import './monitoring-lab.css';

/** How often the live tail asks for new lines. */
const TAIL_MS = 1000;

/**
 * `/labs/logs`: the sandbox's structured request log. Filter by request id, level, route
 * template and status; click a request id to see every line of that request; follow new
 * lines live with the log's `after` cursor, so no line is shown twice.
 */
export default function LogsLab() {
  const [filter, setFilter] = useState<LogFilter>({});
  // null until the first read answers: "no lines" must not be claimed before the sandbox has been asked.
  const [lines, setLines] = useState<LogLine[] | null>(null);
  const [follow, setFollow] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const linesRef = useRef<LogLine[]>([]);
  linesRef.current = lines ?? [];
  // False until the tail of the current filter has arrived: following from the old filter's cursor would mix the two.
  const ready = useRef(false);

  useEffect(() => {
    document.title = 'Log viewer · API Design Workbench';
  }, []);

  // A new filter starts from the newest matching lines (the tail).
  useEffect(() => {
    let live = true;
    ready.current = false;
    readLogs(filter)
      .then((page) => {
        if (!live) return;
        linesRef.current = page.data;
        ready.current = true;
        setLines(page.data);
        setError(null);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [filter]);

  const poll = useCallback(async () => {
    if (!ready.current) return;
    try {
      const page = await readLogs(filter, { after: lastSeq(linesRef.current) ?? 0, limit: 500 });
      if (page.data.length) setLines((current) => appendLines(current ?? [], page.data));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [filter]);

  useEffect(() => {
    if (!follow) return;
    const timer = setInterval(() => void poll(), TAIL_MS);
    return () => clearInterval(timer);
  }, [follow, poll]);

  const summary = filter.request_id && lines ? requestSummary(lines) : null;

  return (
    <div className="page mon-lab">
      <h1>Log viewer</h1>
      <p className="page-intro">
        Every request to the sandbox writes JSON lines — received, failed (if it did), sent — each with the id the client got in <code>X-Request-Id</code>.
        Secrets are redacted before a line is written. Requests to the observability routes themselves are not logged. Send traffic from the{' '}
        <Link href="/labs/monitoring">monitoring dashboard</Link> or any Try-it, and it shows up here.
      </p>
      <LogFilterForm filter={filter} onApply={setFilter} />
      <label className="mon-follow">
        <input type="checkbox" checked={follow} onChange={(event) => setFollow(event.target.checked)} /> Live tail (new lines every second)
      </label>
      {error && <p className="mon-problem">{error}</p>}
      {summary && (
        <section className="mon-panel mon-request" aria-label="Request summary" data-testid="request-summary">
          <h2>
            Request <code>{filter.request_id}</code>
          </h2>
          <p>
            {summary.events} lines · status {summary.status ?? 'not answered yet'} · {duration(summary.durationMs ?? null)}
            {summary.error && (
              <>
                {' '}
                · <code>{summary.error.code}</code>: {summary.error.message}
              </>
            )}
          </p>
          <button type="button" onClick={() => setFilter({})}>
            Back to all lines
          </button>
        </section>
      )}
      {lines ? <LogTable lines={lines} onRequest={(requestId) => setFilter({ request_id: requestId })} /> : <p>Reading the log…</p>}
    </div>
  );
}
