/**
 * The user store handed to the learner's handler: in memory, seeded with three users,
 * every method asynchronous (it waits a few milliseconds, as a database would, so that
 * concurrent requests really interleave), and every call recorded for the checks.
 */

export interface StoreCall {
  method: 'create' | 'update' | 'remove';
  args: unknown[];
}

export interface RecordingStore extends BatchUserStore {
  calls: StoreCall[];
  /** The users as they are now, by id. */
  snapshot(): Map<string, BatchUser>;
}

export const SEED_USERS: readonly BatchUser[] = [
  { id: 'usr_1', name: 'Ada Lovelace', email: 'ada@example.com' },
  { id: 'usr_2', name: 'Alan Turing', email: 'alan@example.com' },
  { id: 'usr_3', name: 'Katherine Johnson', email: 'katherine@example.com' },
];

/** Long enough for another request to run in between, short enough to keep grading fast. */
const LATENCY_MS = 3;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, LATENCY_MS));

/** A fresh store with the seed users and no calls yet. */
export function recordingStore(): RecordingStore {
  const users = new Map(SEED_USERS.map((user) => [user.id, { ...user }]));
  let nextId = SEED_USERS.length + 1;
  const calls: StoreCall[] = [];
  return {
    calls,
    snapshot: () => new Map([...users].map(([id, user]) => [id, { ...user }])),
    async create(fields) {
      calls.push({ method: 'create', args: [fields] });
      await pause();
      const user = { id: `usr_${nextId++}`, name: String(fields?.name), email: String(fields?.email) };
      users.set(user.id, user);
      return { ...user };
    },
    async update(id, changes) {
      calls.push({ method: 'update', args: [id, changes] });
      await pause();
      const user = users.get(id);
      if (!user) return null;
      if (typeof changes?.name === 'string') user.name = changes.name;
      if (typeof changes?.email === 'string') user.email = changes.email;
      return { ...user };
    },
    async remove(id) {
      calls.push({ method: 'remove', args: [id] });
      await pause();
      return users.delete(id);
    },
  };
}

/** `create, update(usr_1)` for messages. */
export function describeCalls(calls: readonly StoreCall[]): string {
  if (calls.length === 0) return 'no store calls';
  return calls.map((call) => (call.method === 'create' ? 'create' : `${call.method}(${JSON.stringify(call.args[0])})`)).join(', ');
}
