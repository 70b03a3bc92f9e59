import { logViewer } from '@messages/log-viewer';
import type { LogFilter, LogLine } from './monitoring-api';

/**
 * The log viewer's pure parts: merging pages of a live tail without repeats, checking the
 * filters before they are sent, and grouping lines by request for the request view.
 */

/** How many lines the viewer keeps on screen; older ones fall off the top, as in a terminal. */
export const KEPT_LINES = 500;

/** `existing` plus `incoming`, each seq once, oldest first, only the newest `keep`. */
export function appendLines(existing: readonly LogLine[], incoming: readonly LogLine[], keep = KEPT_LINES): LogLine[] {
  const bySeq = new Map<number, LogLine>();
  for (const line of [...existing, ...incoming]) bySeq.set(line.seq, line);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq).slice(-keep);
}

/** The newest seq among the lines (the cursor for the next `after=`), or undefined for none. */
export function lastSeq(lines: readonly LogLine[]): number | undefined {
  return lines.length ? Math.max(...lines.map((line) => line.seq)) : undefined;
}

/**
 * What is wrong with the filter, in a sentence that says how to fix it; null when it can be sent.
 * The route checks the same, but a message beside the field is quicker than a 422.
 */
export function filterProblem(filter: LogFilter): string | null {
  if (filter.status && !/^([1-5]\d\d|[1-5]xx)$/.test(filter.status)) {
    return logViewer.filters.badStatus(filter.status);
  }
  if (filter.route && !filter.route.startsWith('/') && filter.route !== '(unmatched)') {
    return logViewer.filters.badRoute(filter.route);
  }
  if (filter.request_id && !/^[A-Za-z0-9._:-]{1,128}$/.test(filter.request_id)) {
    return logViewer.filters.badRequestId(filter.request_id);
  }
  return null;
}

/** The filter without empty fields and with spaces trimmed, ready to send. */
export function cleanFilter(filter: LogFilter): LogFilter {
  const clean: LogFilter = {};
  for (const [name, value] of Object.entries(filter) as [keyof LogFilter, string | undefined][]) {
    const trimmed = value?.trim();
    if (trimmed) (clean as Record<string, string>)[name] = trimmed;
  }
  return clean;
}

/** One request's story from its lines: how long it took, how it ended, and its error. */
export function requestSummary(lines: readonly LogLine[]): { status?: number; durationMs?: number; error?: LogLine['error']; events: number } {
  const sent = lines.find((line) => line.event === 'response.sent');
  const failed = lines.find((line) => line.event === 'request.failed');
  return { status: sent?.status ?? failed?.status, durationMs: sent?.duration_ms ?? failed?.duration_ms, error: failed?.error, events: lines.length };
}
