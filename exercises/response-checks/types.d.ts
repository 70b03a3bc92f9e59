// Types the editor knows about while you solve "response-checks". They are global:
// use them in your code without importing anything.

/**
 * The fetch the checks hand you: answered by the sandbox, or by a copy of it that was
 * broken on purpose. Paths are relative, e.g. fetch('/api/v1/users?limit=2').
 */
type CheckFetch = (input: string, init?: RequestInit) => Promise<Response>;

/** A request that must fail, and the status the API should answer it with. */
interface ErrorProbe {
  method: 'GET' | 'POST';
  /** Path and query, e.g. "/api/v1/users/usr_404". */
  path: string;
  /** A JSON body to send (POST only). */
  body?: unknown;
  /** The status this request calls for, e.g. 404 for an id that does not exist. */
  status: number;
}

/** A page of a sandbox list, as GET /api/v1/users?limit=2 returns it. */
interface ListPage<T = { id: string }> {
  data: T[];
  links: { self: string; next?: string; prev?: string };
  meta: { count: number; has_more: boolean };
}

/** The sandbox's error body. Every error response has it. */
interface ErrorEnvelope {
  error: {
    /** The kind of problem: "validation_error", "business_error", … */
    type: string;
    /** A stable snake_case code clients branch on, e.g. "resource_not_found". */
    code: string;
    message: string;
    /** Equal to the X-Request-Id response header. */
    request_id: string;
    param?: string;
    details?: { field: string; code: string; message: string }[];
    doc_url?: string;
  };
}
