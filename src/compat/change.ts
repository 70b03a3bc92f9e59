/**
 * One difference between two versions of an API, classed by what it does to clients
 * that were written against the first version.
 */

/** breaking: some existing client stops working; additive: old clients keep working; neutral: no effect on clients' code. */
export type Severity = 'breaking' | 'additive' | 'neutral';

export interface Change {
  severity: Severity;
  /** A stable name for the kind of change, e.g. `field-removed`, `enum-widened-response`. */
  kind: string;
  /** Where it happened, as a reader writes it: `user.name`, `GET /users/{id} → 200 → data.email`. */
  path: string;
  /** What changed, in one sentence. */
  summary: string;
  /** What an existing client experiences because of it, in one or two sentences. */
  reason: string;
}

import { compat } from '@messages/compat';

const order: Record<Severity, number> = { breaking: 0, additive: 1, neutral: 2 };

/** The changes with breaking ones first, then additive, then neutral; stable within each class. */
export function sortChanges(changes: readonly Change[]): Change[] {
  return changes.map((change, index) => ({ change, index })).sort((a, b) => order[a.change.severity] - order[b.change.severity] || a.index - b.index).map(({ change }) => change);
}

/** How many changes of each severity there are. */
export function countBySeverity(changes: readonly Change[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { breaking: 0, additive: 0, neutral: 0 };
  for (const change of changes) counts[change.severity] += 1;
  return counts;
}

/** A one-line verdict: whether the second version can ship under the same version number. */
export function verdict(changes: readonly Change[]): string {
  const counts = countBySeverity(changes);
  if (changes.length === 0) return compat.verdict.none;
  if (counts.breaking > 0) return compat.verdict.breaking(counts.breaking);
  return compat.verdict.compatible;
}

/** `a.b`, `a["odd key"]`, `items[]` — a field path as a reader would write it. */
export function joinPath(parent: string, key: string): string {
  const safe = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
  if (parent === '') return safe === key ? key : `[${safe}]`;
  return safe === key ? `${parent}.${key}` : `${parent}[${safe}]`;
}

export interface ChangeGroup {
  change: Change;
  /** Every place the same change was found, first one first. */
  paths: string[];
}

/**
 * Folds changes that say the same thing in several places into one entry: a schema
 * shared by many operations changes once but is reported at every operation using it.
 */
export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const key = [change.severity, change.kind, change.summary, change.reason].join('\u0000');
    const group = groups.get(key);
    if (group) group.paths.push(change.path);
    else groups.set(key, { change, paths: [change.path] });
  }
  return [...groups.values()];
}
