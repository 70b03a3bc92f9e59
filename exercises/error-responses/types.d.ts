// Types the editor knows about while you solve "error-responses". They are global:
// use them in your code without importing anything.

/** A project as the tracker stores it. */
interface TrackerProject {
  id: string;
  name: string;
  description?: string;
}

/** What a client sends to create a project: name is required. */
interface TrackerNewProject {
  name: string;
  description?: string;
}

/**
 * The database. Every call may fail: when the database does not answer in time, the
 * promise rejects with an Error whose `code` is `'ETIMEDOUT'`, and whose message holds
 * internal details (hosts, queries) that must not reach a client.
 */
interface TrackerProjects {
  /** Stores a new project and resolves to it, with its new id. */
  create(input: TrackerNewProject): Promise<TrackerProject>;
  /** Deletes a project; resolves to false when there was no project with this id. */
  remove(id: string): Promise<boolean>;
}

/** The limiter's verdict on one request (the plan allows 1000 requests an hour). */
interface TrackerRateDecision {
  allowed: boolean;
  /** Requests allowed per window. */
  limit: number;
  /** Requests left in this window, never negative. */
  remaining: number;
  /** When refused: seconds until a request will be allowed again (may have a fraction). */
  retryAfterSeconds: number;
}

/** Counts requests per client. Call take once per request, before doing any work. */
interface TrackerLimiter {
  take(clientKey: string): TrackerRateDecision;
}

/** What the checks hand to your handler with every request. */
interface TrackerDeps {
  projects: TrackerProjects;
  limiter: TrackerLimiter;
}

/** The Error the database rejects with when it times out. */
interface TrackerTimeoutError extends Error {
  code: 'ETIMEDOUT';
}
