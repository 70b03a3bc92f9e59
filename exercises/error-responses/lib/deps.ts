/**
 * The dependencies the grader hands to the learner's handler: an in-memory project
 * store that can be told to time out, and a limiter that can be told to refuse. Both
 * record their calls, so checks can see whether the handler did work it should not have.
 */

/** The internal details inside the timeout error: none of them may reach the client. */
export const internalDetails = ['10.20.4.7', 'tracker-primary', 'INSERT INTO', 'DELETE FROM'];

/** What the refusing limiter says: the plan's 1000 requests an hour are used up. */
export const refusal: TrackerRateDecision = { allowed: false, limit: 1000, remaining: 0, retryAfterSeconds: 1799.2 };

export interface FakeDeps extends TrackerDeps {
  /** Every call the handler made to the store, e.g. `create {"name":"Apollo"}`. */
  calls: string[];
}

function timeoutError(query: string): TrackerTimeoutError {
  const message = `connect ETIMEDOUT 10.20.4.7:5432 (pool "tracker-primary") while running ${query}`;
  return Object.assign(new Error(message), { name: 'DatabaseTimeoutError', code: 'ETIMEDOUT' as const });
}

/** Fresh dependencies holding one project, prj_1; `limited` refuses every request, `timeout` fails every store call. */
export function createDeps({ limited = false, timeout = false } = {}): FakeDeps {
  const rows = new Map<string, TrackerProject>([['prj_1', { id: 'prj_1', name: 'Website relaunch' }]]);
  const calls: string[] = [];
  let next = 2;
  const projects: TrackerProjects = {
    async create(input) {
      calls.push(`create ${JSON.stringify(input)}`);
      if (timeout) throw timeoutError('INSERT INTO projects (name, description) VALUES ($1, $2)');
      const project = { ...input, id: `prj_${next++}` };
      rows.set(project.id, project);
      return { ...project };
    },
    async remove(id) {
      calls.push(`remove ${JSON.stringify(id)}`);
      if (timeout) throw timeoutError('DELETE FROM projects WHERE id = $1');
      return rows.delete(id);
    },
  };
  let remaining = refusal.limit;
  const limiter: TrackerLimiter = {
    take: () => (limited ? { ...refusal } : { allowed: true, limit: refusal.limit, remaining: --remaining, retryAfterSeconds: 0 }),
  };
  return { projects, limiter, calls };
}
