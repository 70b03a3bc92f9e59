import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { logViewer as m } from '@messages/log-viewer';
import { richText } from '../messages/rich-text';
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
    document.title = m.documentTitle;
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
      <h1>{m.title}</h1>
      <p className="page-intro">
        {richText(m.intro, {
          header: <code>{'X-Request-Id'}</code>,
          dashboard: <Link href="/labs/monitoring">{m.dashboardLink}</Link>,
        })}
      </p>
      <LogFilterForm filter={filter} onApply={setFilter} />
      <label className="mon-follow">
        <input type="checkbox" checked={follow} onChange={(event) => setFollow(event.target.checked)} /> {m.liveTail}
      </label>
      {error && <p className="mon-problem">{error}</p>}
      {summary && (
        <section className="mon-panel mon-request" aria-label={m.request.label} data-testid="request-summary">
          <h2>{richText(m.request.title, { id: <code>{filter.request_id}</code> })}</h2>
          <p>
            {m.request.summary(summary.events, summary.status, duration(summary.durationMs ?? null))}
            {summary.error && (
              <>
                {' '}
                · <code>{summary.error.code}</code>: {summary.error.message}
              </>
            )}
          </p>
          <button type="button" onClick={() => setFilter({})}>
            {m.request.back}
          </button>
        </section>
      )}
      {lines ? <LogTable lines={lines} onRequest={(requestId) => setFilter({ request_id: requestId })} /> : <p>{m.reading}</p>}
    </div>
  );
}
