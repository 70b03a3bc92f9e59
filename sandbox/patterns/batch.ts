import { ApiError, ERROR_CODES } from './errors';

/**
 * Batch requests: many operations in one round trip, each with its own result.
 *
 * - The HTTP status says whether the batch was processed, the results say how each operation
 *   went: a processed batch answers 200 even when some operations failed. Not 207 Multi-Status:
 *   207 belongs to WebDAV (RFC 4918) and promises a multistatus XML body that generic clients
 *   and proxies know how to read; JSON clients gain nothing from it, and a 200 with per-item
 *   statuses is what Google, Microsoft Graph and Stripe-style batch APIs answer.
 * - Atomic mode applies all operations or none. They first run against a staged copy of the
 *   data; only if every one succeeds do they run again for real. So a failure leaves no trace,
 *   not even a used id, and every other operation's result says it was rolled back.
 */

/** The most operations one batch may hold; more is refused as a whole (422, see the route). */
export const MAX_BATCH_OPERATIONS = 50;

/** What one operation returns when it succeeds: its HTTP status and, except for deletes, the resource. */
export interface OperationSuccess {
  status: number;
  data?: unknown;
}

/** The error object of the error envelope, as one failed operation's result carries it. */
export interface ErrorObject {
  type: string;
  code: string;
  message: string;
  param?: string;
  details?: { field: string; code: string; message: string }[];
  doc_url: string;
  request_id?: string;
}

export type BatchResult =
  | { index: number; outcome: 'succeeded'; status: number; data?: unknown }
  | { index: number; outcome: 'failed'; status: number; error: ErrorObject }
  | { index: number; outcome: 'rolled_back'; status: 424; message: string };

export interface BatchSummary {
  total: number;
  succeeded: number;
  failed: number;
  rolled_back: number;
}

/** The table operations a batch needs; a store Collection is one. */
export interface Table<T extends { id: string }> {
  all(): T[];
  get(id: string): T | undefined;
  insert(fields: Omit<T, 'id'>): T;
  update(id: string, changes: Partial<Omit<T, 'id'>>): T | undefined;
  remove(id: string): boolean;
}

/** A throwaway copy of `rows` for an atomic batch's dry run; new rows get placeholder ids. */
export function stagedTable<T extends { id: string }>(rows: readonly T[]): Table<T> {
  const copy = new Map(rows.map((row) => [row.id, { ...row }]));
  let created = 0;
  return {
    all: () => [...copy.values()],
    get: (id) => copy.get(id),
    insert: (fields) => {
      const row = { ...fields, id: `staged_${++created}` } as T;
      copy.set(row.id, row);
      return row;
    },
    update: (id, changes) => {
      const row = copy.get(id);
      if (!row) return undefined;
      const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
      const updated = { ...row, ...defined, id } as T;
      copy.set(id, updated);
      return updated;
    },
    remove: (id) => copy.delete(id),
  };
}

/** Runs operations on one table (the real one, or a staged copy of it). */
export type OperationRunner<Op, Table> = (table: Table, operation: Op, index: number) => OperationSuccess;

/** The envelope's `error` object for an ApiError: the same fields renderError writes. */
export function errorObject(error: ApiError, requestId?: string): ErrorObject {
  return {
    type: ERROR_CODES[error.code].type,
    code: error.code,
    message: error.message,
    ...(error.param !== undefined && { param: error.param }),
    ...(error.details && { details: error.details }),
    doc_url: `/errors/${error.code}`,
    ...(requestId && { request_id: requestId }),
  };
}

/** Each operation in turn on `table`; a failure is recorded and the next operation runs. */
function runEach<Op, Table>(table: Table, operations: readonly Op[], run: OperationRunner<Op, Table>, requestId?: string): BatchResult[] {
  return operations.map((operation, index): BatchResult => {
    try {
      return { index, outcome: 'succeeded', ...run(table, operation, index) };
    } catch (thrown) {
      // Anything but an ApiError is a bug in the sandbox: let it become the batch's 500.
      if (!(thrown instanceof ApiError)) throw thrown;
      return { index, outcome: 'failed', status: thrown.status, error: errorObject(thrown, requestId) };
    }
  });
}

/**
 * Runs a batch. Non-atomic: every operation on the real table, failures and all.
 * Atomic: a dry run on `stage()`; if anything failed, nothing touches the real table.
 */
export function runBatch<Op, Table>(options: {
  operations: readonly Op[];
  atomic: boolean;
  table: Table;
  stage: () => Table;
  run: OperationRunner<Op, Table>;
  requestId?: string;
}): { results: BatchResult[]; summary: BatchSummary } {
  const { operations, atomic, table, stage, run, requestId } = options;
  let results: BatchResult[];
  if (!atomic) {
    results = runEach(table, operations, run, requestId);
  } else {
    const dryRun = runEach(stage(), operations, run, requestId);
    const failed = dryRun.filter((result) => result.outcome === 'failed').map((result) => result.index);
    results =
      failed.length === 0
        ? runEach(table, operations, run, requestId)
        : dryRun.map((result) =>
            result.outcome === 'failed'
              ? result
              : {
                  index: result.index,
                  outcome: 'rolled_back',
                  status: 424,
                  message: `Not applied: the batch is atomic and operation${failed.length === 1 ? '' : 's'} ${failed.join(', ')} failed. Fix ${failed.length === 1 ? 'it' : 'them'} and send the whole batch again.`,
                },
          );
  }
  const count = (outcome: BatchResult['outcome']) => results.filter((result) => result.outcome === outcome).length;
  return { results, summary: { total: results.length, succeeded: count('succeeded'), failed: count('failed'), rolled_back: count('rolled_back') } };
}
