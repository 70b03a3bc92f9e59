/**
 * The sandbox the learner's checks run against: one per grading run, on a manual clock,
 * with a few more users than the seed so that the users list spans several pages. The
 * fetch takes paths and moves the clock a second per request, so the rate limiter never
 * gets in the way of a check.
 */
import { createManualClock, createSandbox, type Sandbox } from '../../../sandbox/index';

export const origin = 'http://sandbox.local';

/** A fresh sandbox with seven users (three seed users and four more). */
export async function createGradingSandbox(): Promise<Sandbox> {
  const sandbox = createSandbox({ clock: createManualClock('2026-03-02T09:00:00Z') });
  for (const name of ['Edsger Dijkstra', 'Barbara Liskov', 'Donald Knuth', 'Frances Allen']) {
    const email = `${name.split(' ')[0]!.toLowerCase()}@example.com`;
    const response = await sandboxFetch(sandbox)('/api/v1/users', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name, email }) });
    if (response.status !== 201) throw new Error(`The grader could not create the user ${name}: ${response.status} ${await response.text()}`);
  }
  return sandbox;
}

/** A fetch that takes paths and is answered by `sandbox`. */
export function sandboxFetch(sandbox: Sandbox): CheckFetch {
  return async (input, init) => {
    // The type says string, but a learner's code may still hand over a Request or URL.
    const given: unknown = input;
    if (typeof given !== 'string') throw new TypeError('Pass fetch a path as a string, e.g. fetch("/api/v1/users?limit=2"), with the method and body in the second argument.');
    sandbox.clock.advance(1_000);
    return sandbox.fetch(new Request(new URL(input, origin), init));
  };
}
