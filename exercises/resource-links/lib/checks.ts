/**
 * The rules of the exercise as functions from the learner's function to a list of
 * problems, one teaching sentence each; an empty list means the rule holds.
 */
import { fieldChanges, label, run, show, type ToRepresentation } from './calls';
import type { Case } from './cases';

const hasHost = (link: string) => /^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//');

/**
 * Why a link differs from the expected one, when the difference has a known cause;
 * else `fallback`, the advice of the rule being checked.
 */
function diagnose(actual: unknown, expected: string, fallback: string): string {
  if (typeof actual !== 'string') return fallback;
  if (actual.startsWith('//')) {
    return `A link starting with "//" is read as a link to another host ("${actual.split('/')[2]}"); drop the base path's trailing slash before joining.`;
  }
  if (hasHost(actual)) return 'Leave the scheme and host out: links are root-relative paths starting with "/".';
  if (actual === `${expected}/`) return 'Drop the trailing slash: /users/usr_1/ and /users/usr_1 are different URLs to many servers.';
  if (actual.includes('//')) return 'Join the parts with exactly one slash; a base path may already end in one, so remove it first.';
  if (actual === decodeURIComponent(expected) && actual !== expected) return 'Pass the id through encodeURIComponent so it stays one path segment.';
  return fallback;
}

/**
 * Problems with the self link, or with each related link, across cases. In `advice`,
 * `<rel>` stands for the link's name.
 */
export function linkProblems(fn: ToRepresentation, cases: Case[], which: 'self' | 'related', advice: string): string[] {
  return cases.flatMap((call) => {
    const outcome = run(fn, call);
    const rels = which === 'related' ? (call.related ?? []) : ['self'];
    return rels.flatMap((name) => {
      const expected = call.expected[name]!;
      const actual = outcome.links[name];
      if (actual === expected) return [];
      const tip = diagnose(actual, expected, advice.replace('<rel>', name));
      return [`${outcome.label} gave links["${name}"] = ${show(actual)}; expected ${show(expected)}. ${tip}`];
    });
  });
}

/** Links other than self and the related ones, or missing ones. */
export function linkNameProblems(fn: ToRepresentation, cases: Case[]): string[] {
  return cases.flatMap((call) => {
    const outcome = run(fn, call);
    const names = Object.keys(outcome.links).sort();
    const wanted = Object.keys(call.expected).sort();
    if (show(names) === show(wanted)) return [];
    return [
      `${outcome.label} returned links named ${show(names)}; expected exactly ${show(wanted)}. ` +
        'Links are self plus one per related collection, named after it.',
    ];
  });
}

/** `data` differs from the resource that was passed in. */
export function dataProblems(fn: ToRepresentation, cases: Case[]): string[] {
  return cases.flatMap((call) => {
    const outcome = run(fn, call);
    const changes = fieldChanges(outcome.before, outcome.data);
    if (changes.length === 0 && show(outcome.data) === show(outcome.before)) return [];
    const what = changes.length ? changes.join(', ') : 'a nested field differs';
    return [
      `${label(call, true)} returned data where ${what}. Return the resource's fields exactly as given; ` +
        'links belong next to data, not inside it.',
    ];
  });
}

/** The resource passed in was changed by the call. */
export function mutationProblems(fn: ToRepresentation, cases: Case[]): string[] {
  return cases.flatMap((call) => {
    const outcome = run(fn, call);
    const changes = fieldChanges(outcome.before, outcome.input);
    if (changes.length === 0 && show(outcome.input) === show(outcome.before)) return [];
    const what = changes.length ? changes.join(', ') : 'a nested field changed';
    return [
      `${label(call, true)} changed the object it was given (${what}). Build a new object for the representation ` +
        "instead: the caller's resource may be stored or shared.",
    ];
  });
}

/** Every link value of every case, with the call that produced it. */
function allLinks(fn: ToRepresentation, cases: Case[]) {
  return cases.flatMap((call) => {
    const outcome = run(fn, call);
    return Object.entries(outcome.links).map(([rel, value]) => ({ label: outcome.label, rel, value }));
  });
}

/** Links that are not root-relative paths. */
export function absoluteLinkProblems(fn: ToRepresentation, cases: Case[]): string[] {
  return allLinks(fn, cases).flatMap(({ label, rel, value }) => {
    if (typeof value === 'string' && value.startsWith('/') && !hasHost(value)) return [];
    const why = typeof value === 'string' && value.startsWith('//')
      ? `A client reads "//" at the start as a host name ("${value.split('/')[2]}").`
      : 'A link should start with "/" and name no host.';
    return [
      `${label} gave links["${rel}"] = ${show(value)}. ${why} Clients resolve root-relative paths against the URL ` +
        'they called, so links keep working behind a proxy or in the sandbox.',
    ];
  });
}

/** Links ending in a slash or containing an empty segment. */
export function slashProblems(fn: ToRepresentation, cases: Case[]): string[] {
  return allLinks(fn, cases).flatMap(({ label, rel, value }) => {
    const path = String(value).replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
    const flaw = path.endsWith('/') ? 'ends in a slash' : path.includes('//') ? 'contains "//"' : null;
    if (!flaw) return [];
    return [
      `${label} gave links["${rel}"] = ${show(value)}, which ${flaw}. Join the parts with exactly one slash and end ` +
        'without one: many servers treat /users/usr_1/ and /users/usr_1 as different URLs.',
    ];
  });
}
