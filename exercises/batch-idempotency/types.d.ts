// Types the editor knows about while you solve "batch-idempotency". They are global:
// use them in your code without importing anything.

/** A user as the store keeps it. */
interface BatchUser {
  /** Given by the store on create, e.g. "usr_4". */
  id: string;
  name: string;
  email: string;
}

/** The fields a client sets. */
interface BatchUserFields {
  /** 1 to 100 characters, not only spaces. */
  name: string;
  /** An address with one "@" and a dot in the domain, e.g. "ada@example.com". */
  email: string;
}

/**
 * The user store the checks hand you. Every method is asynchronous, as a database call
 * is, and the checks count the calls: a replayed request must not reach the store again.
 */
interface BatchUserStore {
  /** Stores a new user and returns it with its id. */
  create(fields: BatchUserFields): Promise<BatchUser>;
  /** Changes the given fields; resolves to the updated user, or null when there is no user with this id. */
  update(id: string, changes: Partial<BatchUserFields>): Promise<BatchUser | null>;
  /** Deletes the user; resolves to false when there was no user with this id. */
  remove(id: string): Promise<boolean>;
}

/** What createBatchHandler is given. */
interface BatchHandlerDeps {
  users: BatchUserStore;
}

/** One operation of a batch, as the client sends it. */
type BatchOperation =
  | { op: 'create'; data: BatchUserFields }
  | { op: 'update'; id: string; data: Partial<BatchUserFields> }
  | { op: 'delete'; id: string };

/** The request body of POST /batch. */
interface BatchRequestBody {
  /** 1 to 50 operations, run in this order. */
  operations: BatchOperation[];
}

/** The error object of a failed operation, or of a refused request. */
interface BatchError {
  /** A stable, machine-readable code, e.g. "validation_failed" or "not_found". */
  code: string;
  /** What went wrong and what to do, for people. */
  message: string;
}

/** The outcome of one operation: its index in the request, its HTTP status, and the user or the error. */
type BatchOperationResult =
  | { index: number; status: 200 | 201 | 204; data?: BatchUser }
  | { index: number; status: 404 | 422; error: BatchError };

/** The 200 response body of a processed batch. */
interface BatchResponseBody {
  results: BatchOperationResult[];
  summary: { total: number; succeeded: number; failed: number };
}
