/**
 * The small part of JSONPath that Pact's matching rules use: `$`, `.key`, `['key']`,
 * `[0]` and the wildcards `.*` and `[*]`. A rule applies to the value at its path and,
 * as in Pact, is inherited by everything inside that value unless a closer rule wins.
 */
import { contractLabChecks as checks } from '@messages/contract-lab-checks';

export type PathToken = { kind: 'key'; key: string } | { kind: 'index'; index: number } | { kind: 'any' };

const plainKey = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The path of `key` under `parent`: `$.data` + `name` → `$.data.name`; odd keys are quoted. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return plainKey.test(key) ? `${parent}.${key}` : `${parent}['${key.replaceAll("'", "\\'")}']`;
}

/** Parses a rule path such as `$.data[*].id`; throws a message naming the path when it cannot. */
export function parsePath(path: string): PathToken[] {
  if (!path.startsWith('$')) throw new Error(checks.record.pathStart(path));
  const tokens: PathToken[] = [];
  const pattern = /\.([A-Za-z_][A-Za-z0-9_-]*|\*)|\[(\d+|\*)\]|\['((?:[^'\\]|\\.)*)'\]/y;
  pattern.lastIndex = 1;
  while (pattern.lastIndex < path.length) {
    const at = pattern.lastIndex;
    const match = pattern.exec(path);
    if (!match) throw new Error(checks.record.pathUnreadable(path, at + 1));
    const [, dotted, bracket, quoted] = match;
    if (dotted !== undefined) tokens.push(dotted === '*' ? { kind: 'any' } : { kind: 'key', key: dotted });
    else if (bracket !== undefined) tokens.push(bracket === '*' ? { kind: 'any' } : { kind: 'index', index: Number(bracket) });
    else tokens.push({ kind: 'key', key: quoted!.replaceAll("\\'", "'") });
  }
  return tokens;
}

/**
 * How closely a rule path fits a concrete path (list of keys and indexes): null when it
 * does not apply, otherwise a weight (2 per exact step, 1 per wildcard) so the closest
 * rule wins, as in Pact's own matcher.
 */
export function ruleWeight(rule: PathToken[], concrete: (string | number)[]): number | null {
  if (rule.length > concrete.length) return null;
  let weight = 1;
  for (const [i, token] of rule.entries()) {
    const step = concrete[i]!;
    if (token.kind === 'any') weight += 1;
    else if (token.kind === 'key' && token.key === step) weight += 2;
    else if (token.kind === 'index' && token.index === step) weight += 2;
    else return null;
  }
  return weight;
}

/** Writes a concrete path back as text: ['data', 0, 'id'] → `$.data[0].id`. */
export function formatPath(concrete: (string | number)[]): string {
  return concrete.reduce<string>((path, step) => childPath(path, step), '$');
}
