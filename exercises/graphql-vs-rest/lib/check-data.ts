/**
 * Checks on what the two functions return: the dashboard the sandbox holds, for a
 * seed user, a user with orders placed during set-up, and a user without orders.
 * Both functions are held to the same expected dashboards, so passing both checks
 * means the REST and the GraphQL results are equal.
 */
import { describeError, type DashboardCall } from './calls';
import { describeDifference, firstDifference } from './compare';

/** Calls whose result is not the expected dashboard of their user. */
export function dataProblems(calls: DashboardCall[], expected: Map<string, UserDashboard>): string[] {
  return calls.flatMap((call) => {
    if (call.outcome.kind === 'rejected') {
      const failed = call.requests.find((request) => request.status >= 400);
      const because = failed ? ` One of its requests, ${failed.method} ${failed.path}, got a ${failed.status}.` : '';
      return [`${call.label} threw ${describeError(call.outcome.error)}.${because} Return the dashboard; let no request fail.`];
    }
    const difference = firstDifference(call.outcome.value, expected.get(call.userId));
    return difference ? [`${call.label} returned a different dashboard: ${describeDifference(difference)}`] : [];
  });
}
