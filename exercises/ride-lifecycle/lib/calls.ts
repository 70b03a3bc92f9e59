/**
 * Calling the learner's transition and describing each call the way a message needs. The
 * ride is deep-frozen first: a transition that changes the ride it was given throws, and
 * the error becomes a message about returning a new ride instead.
 */
import { T0 } from './rules';

export type Transition = (ride: LifecycleRide, event: LifecycleEvent, now: number) => unknown;

export const show = (value: unknown): string => (value === undefined ? 'undefined' : JSON.stringify(value));

/** `T0 + 2 min` style offsets from the start of the scenario, for messages. */
export function showTime(time: number | null): string {
  if (time === null) return 'null';
  const seconds = (time - T0) / 1000;
  return seconds % 60 === 0 ? `T0 + ${seconds / 60} min` : `T0 + ${seconds} s`;
}

/** `transition(<a matched ride, matched at T0 + 10 min>, { type: "cancel" }, T0 + 12 min)`. */
export function describeCall(ride: LifecycleRide, event: LifecycleEvent, now: number): string {
  const matched = ride.matchedAt === null ? '' : `, matched at ${showTime(ride.matchedAt)}`;
  return `transition(<${/^[aeiou]/.test(ride.status) ? 'an' : 'a'} ${ride.status} ride${matched}>, ${show(event)}, ${showTime(now)})`;
}

/** The exported function, or an Error that says how to export it. */
export function exportedTransition(exports: Record<string, unknown>): Transition {
  const fn = exports.transition;
  if (typeof fn !== 'function') {
    const found = Object.keys(exports);
    throw new Error(
      'Export a function named transition (write "export function transition(ride, event, now) { ... }"); ' +
        (found.length ? `found only: ${found.join(', ')}.` : 'the file exports nothing yet.'),
    );
  }
  return fn as Transition;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const isStatus = (value: unknown) =>
  typeof value === 'string' && ['requested', 'matched', 'driver_arriving', 'in_progress', 'completed', 'cancelled'].includes(value);

/** Calls transition on a frozen copy of the ride and checks the shape of the answer. */
export function callTransition(fn: Transition, ride: LifecycleRide, event: LifecycleEvent, now: number): RideTransition {
  const label = describeCall(ride, event, now);
  let result: unknown;
  try {
    result = fn(deepFreeze(structuredClone(ride)), deepFreeze({ ...event }), now);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    if (error instanceof TypeError && /read[- ]only|frozen|not extensible|Cannot assign/i.test(reason)) {
      throw new Error(
        `${label} threw ${reason}. transition changed the ride it was given; leave it as it is and return a new ride, e.g. { ...ride, status: 'matched' }. ` +
          'The caller may still hold the old ride (to compare, to log, to answer a retry).',
      );
    }
    throw new Error(`${label} threw ${reason}. Refuse a move the lifecycle forbids with { ok: false, allowed, message } instead of throwing.`);
  }
  const answer = result as Partial<Record<string, unknown>> | null;
  if (typeof answer !== 'object' || answer === null || typeof answer.ok !== 'boolean') {
    throw new Error(`${label} returned ${show(result)}. Return { ok: true, ride } for a move the lifecycle allows, or { ok: false, allowed, message } for one it refuses.`);
  }
  if (answer.ok) {
    const next = answer.ride as Partial<LifecycleRide> | undefined;
    if (typeof next !== 'object' || next === null || !isStatus(next.status)) {
      throw new Error(`${label} returned ok: true with ride = ${show(next)}. Put the whole ride after the move in ride, with its new status.`);
    }
  } else if (!Array.isArray(answer.allowed) || typeof answer.message !== 'string' || answer.message.trim() === '') {
    throw new Error(
      `${label} refused with ${show(result)}. A refusal carries allowed (an array of the statuses the ride can move to) and a message (a sentence for the client).`,
    );
  }
  return result as RideTransition;
}
