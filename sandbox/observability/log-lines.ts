import { RingBuffer } from './ring-buffer';

/**
 * The structured request log: one JSON object per event, each carrying the request's id
 * (the X-Request-Id the client saw), so every line of one request can be found from the id
 * a client quotes in a bug report. Kept in a ring buffer for the log viewer.
 */

export type LogLevel = 'info' | 'warn' | 'error';
export const LOG_LEVELS: readonly LogLevel[] = ['info', 'warn', 'error'];

export type LogEvent = 'request.received' | 'request.failed' | 'response.sent';

export interface LogLine {
  /** Increases by one per line: a cursor for following the log (`after=`). */
  seq: number;
  /** When it happened, on the sandbox clock (ISO 8601). */
  timestamp: string;
  level: LogLevel;
  event: LogEvent;
  message: string;
  request_id: string;
  method: string;
  /** The route template (as in /metrics), and the concrete path. */
  route: string;
  path: string;
  /** Query parameters and a few request headers, with secrets redacted (request.received only). */
  query?: Record<string, string>;
  headers?: Record<string, string>;
  status?: number;
  duration_ms?: number;
  /** Who called (see client-id.ts); known once authentication has run, so absent on request.received. */
  client?: string;
  error?: { type: string; code: string; message: string };
}

export interface LogQuery {
  request_id?: string;
  /** The lowest level to show: `warn` shows warnings and errors. */
  level?: LogLevel;
  route?: string;
  /** An exact status (`404`) or a class (`4xx`). Lines without a status (request.received) never match. */
  status?: string;
  /** Lines at or after this instant (epoch ms). */
  since?: number;
  /** Lines after this seq, oldest first: for following the log without repeats. */
  after?: number;
  limit: number;
}

/** The log lines of the sandbox: bounded, filterable, resettable. */
export class RequestLog {
  private readonly lines: RingBuffer<LogLine>;
  private seq = 0;

  constructor(readonly capacity: number) {
    this.lines = new RingBuffer<LogLine>(capacity);
  }

  /** Adds one line, numbering it. */
  write(line: Omit<LogLine, 'seq'>): LogLine {
    const numbered = { seq: ++this.seq, ...line };
    this.lines.push(numbered);
    return numbered;
  }

  /** The newest seq written (0 before any). */
  get latestSeq(): number {
    return this.seq;
  }

  /**
   * The matching lines, oldest first. With `after`: the first `limit` lines after it (the
   * follower's next page). Without: the newest `limit` lines (the tail).
   */
  query(query: LogQuery): { lines: LogLine[]; hasMore: boolean } {
    const minimum = LOG_LEVELS.indexOf(query.level ?? 'info');
    const matching = this.lines.toArray().filter(
      (line) =>
        (query.request_id === undefined || line.request_id === query.request_id) &&
        LOG_LEVELS.indexOf(line.level) >= minimum &&
        (query.route === undefined || line.route === query.route) &&
        (query.status === undefined || statusMatches(line.status, query.status)) &&
        (query.since === undefined || Date.parse(line.timestamp) >= query.since) &&
        (query.after === undefined || line.seq > query.after),
    );
    const lines = query.after === undefined ? matching.slice(-query.limit) : matching.slice(0, query.limit);
    return { lines, hasMore: matching.length > lines.length };
  }

  /** Empties the log. Seq keeps counting up, so a follower's `after` cursor never skips new lines. */
  reset(): void {
    this.lines.clear();
  }
}

function statusMatches(status: number | undefined, wanted: string): boolean {
  if (status === undefined) return false;
  return /^[1-5]xx$/.test(wanted) ? Math.floor(status / 100) === Number(wanted[0]) : status === Number(wanted);
}
