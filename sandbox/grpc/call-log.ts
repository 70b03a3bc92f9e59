/**
 * The gRPC call log: the last calls the sandbox answered, newest first, for the
 * console and for GET /api/v1/sandbox/grpc-calls. Bounded, because a log that keeps
 * everything is a memory leak in a page that stays open all day.
 */

export const CALL_LOG_CAPACITY = 100;

export interface CallLogEntry {
  /** `call_1`, `call_2`, ... in the order the calls finished. */
  id: string;
  /** When the call started, on the sandbox's clock (ISO 8601). */
  time: string;
  /** `/user.v1.UserService/GetUser`: the path after the gRPC prefix. */
  procedure: string;
  /** `connect`, `grpc-web` or `grpc`. */
  protocol: string;
  /** `proto` (binary) or `json`. */
  codec: 'proto' | 'json';
  /** `ok`, or the error code in Connect's spelling: `not_found`, `invalid_argument`, ... */
  code: string;
  /** The same code as gRPC's number: 0 ok, 3 invalid argument, 5 not found, ... */
  grpc_status: number;
  /** The error message the client received; absent on success. */
  message?: string;
  /** For internal errors only: what actually failed. The client never sees this. */
  cause?: string;
  /** Wall time from the first interceptor until the last response message. */
  duration_ms: number;
  /**
   * Size of the request message(s) in the call's codec, without envelopes or headers.
   * Measured by encoding the message again, so JSON counts without whitespace or default values.
   */
  request_bytes: number;
  /** Size of the response message(s) in the call's codec, without envelopes or headers. */
  response_bytes: number;
  /** How many response messages were sent (more than 1 only for streams). */
  response_messages: number;
}

/** A bounded, newest-first list of calls. */
export class CallLog {
  #entries: CallLogEntry[] = [];
  #next = 1;

  constructor(readonly capacity: number = CALL_LOG_CAPACITY) {}

  /** Numbers the entry and keeps it, dropping the oldest once the log is full. */
  record(entry: Omit<CallLogEntry, 'id'>): CallLogEntry {
    const stored = { id: `call_${this.#next++}`, ...entry };
    this.#entries.unshift(stored);
    this.#entries.length = Math.min(this.#entries.length, this.capacity);
    return stored;
  }

  /** The kept calls, newest first. */
  entries(): CallLogEntry[] {
    return [...this.#entries];
  }

  /** Forgets every call; numbering goes on, so an id never means two calls. */
  clear(): void {
    this.#entries = [];
  }
}
