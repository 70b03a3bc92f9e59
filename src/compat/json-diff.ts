/**
 * Compares two example JSON responses the way a client experiences them: a field a
 * client reads that is gone, renamed, split or of another type breaks it; a new field
 * does not, because clients ignore fields they do not know (the tolerant reader).
 * Values that merely differ (another user's name) are example data, not a change.
 */
import { joinPath, sortChanges, type Change } from './change';
import { compatJsonChanges as m } from '@messages/compat-json-changes';
import { aKind, formatOf, kindOf, mergeItems, sameJson, typicalUse, type JsonKind } from './json-values';

/** Every change from the `before` response to the `after` response, breaking ones first. */
export function diffJson(before: unknown, after: unknown): Change[] {
  return sortChanges(compareValues(before, after, ''));
}

const { where, inText } = m;
const codePath = (path: string) => (path === '' ? 'body' : path);

function compareValues(before: unknown, after: unknown, path: string): Change[] {
  const was = kindOf(before);
  const now = kindOf(after);
  if (was !== now) return [kindChange(was, now, after, path)];
  if (was === 'object') return compareObjects(before as Record<string, unknown>, after as Record<string, unknown>, path);
  if (was === 'array') return compareArrays(before as unknown[], after as unknown[], path);
  if (was === 'string') return compareFormats(before as string, after as string, path);
  return [];
}

function kindChange(was: JsonKind, now: JsonKind, after: unknown, path: string): Change {
  if (now === 'null') {
    return {
      severity: 'breaking',
      kind: 'became-null',
      path,
      summary: m.becameNull.summary(where(path), aKind(was)),
      reason: m.becameNull.reason(aKind(was), typicalUse(was, codePath(path))),
    };
  }
  if (was === 'null') {
    return {
      severity: 'neutral',
      kind: 'null-filled',
      path,
      summary: m.nullFilled.summary(where(path), aKind(now)),
      reason: m.nullFilled.reason(aKind(now)),
    };
  }
  const shape = now === 'object' ? m.typeChanged.withFields(listKeys(after as Record<string, unknown>)) : '';
  return {
    severity: 'breaking',
    kind: 'type-changed',
    path,
    summary: m.typeChanged.summary(where(path), aKind(was), aKind(now), shape),
    reason: m.typeChanged.reason(inText(path), aKind(was), typicalUse(was, codePath(path)), aKind(now)),
  };
}

function listKeys(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  return keys.length === 0 ? m.typeChanged.noFields : m.typeChanged.fields(keys);
}

function compareObjects(before: Record<string, unknown>, after: Record<string, unknown>, path: string): Change[] {
  const changes: Change[] = [];
  const removed = Object.keys(before).filter((key) => !(key in after));
  const added = new Set(Object.keys(after).filter((key) => !(key in before)));

  for (const key of Object.keys(before)) {
    if (key in after) changes.push(...compareValues(before[key], after[key], joinPath(path, key)));
  }
  for (const key of removed) {
    const value = before[key];
    const renamedTo = [...added].find((candidate) => isDistinctive(value) && sameJson(value, after[candidate]));
    if (renamedTo !== undefined) {
      added.delete(renamedTo);
      changes.push(renamed(path, key, renamedTo));
      continue;
    }
    const parts = typeof value === 'string' ? splitInto(value, stringLeaves([...added], after)) : null;
    if (parts) {
      for (const part of parts) added.delete(part.split('.')[0]!);
      changes.push(split(path, key, parts));
      continue;
    }
    changes.push(removedField(path, key, kindOf(value)));
  }
  for (const key of added) changes.push(addedField(path, key, kindOf(after[key])));
  return changes;
}

// true, false, null, 0 and "" turn up in many fields: equal values there say nothing about a rename.
function isDistinctive(value: unknown): boolean {
  const kind = kindOf(value);
  if (kind === 'null' || kind === 'boolean') return false;
  if (kind === 'string') return (value as string).trim().length > 1;
  if (kind === 'number') return value !== 0 && value !== 1;
  return true;
}

/** The added string fields, and the string fields one level inside added objects (`name.first`), with their values. */
function stringLeaves(keys: string[], after: Record<string, unknown>): Array<[string, string]> {
  return keys.flatMap((key): Array<[string, string]> => {
    const value = after[key];
    if (typeof value === 'string') return [[key, value]];
    if (kindOf(value) !== 'object') return [];
    return Object.entries(value as Record<string, unknown>).flatMap(([inner, text]): Array<[string, string]> => (typeof text === 'string' ? [[`${key}.${inner}`, text]] : []));
  });
}

/** The added fields whose values, joined by spaces, make up `value` ("Ada Lovelace" → first, last), or null. */
function splitInto(value: string, leaves: Array<[string, string]>): string[] | null {
  const words = value.trim().split(/\s+/).join(' ');
  const parts = leaves.map(([key, text]) => [key, text.trim().split(/\s+/).join(' ')] as const).filter(([, text]) => text !== '' && words.includes(text));
  if (parts.length < 2) return null;
  const ordered = [...parts].sort((a, b) => words.indexOf(a[1]) - words.indexOf(b[1]));
  return ordered.map(([, text]) => text).join(' ') === words ? ordered.map(([key]) => key) : null;
}

function removedField(path: string, key: string, kind: JsonKind): Change {
  const field = joinPath(path, key);
  const inside = kind === 'object' || kind === 'array' ? typicalUse(kind, field) : null;
  return {
    severity: 'breaking',
    kind: 'field-removed',
    path: field,
    summary: m.removed.summary(field),
    reason: m.removed.reason(field, inside),
  };
}

function renamed(path: string, from: string, to: string): Change {
  const old = joinPath(path, from);
  const now = joinPath(path, to);
  return {
    severity: 'breaking',
    kind: 'field-renamed',
    path: old,
    summary: m.renamed.summary(old, now),
    reason: m.renamed.reason(old, now),
  };
}

function split(path: string, from: string, parts: string[]): Change {
  const old = joinPath(path, from);
  const names = parts.map((part) => (path === '' ? part : `${path}.${part}`));
  return {
    severity: 'breaking',
    kind: 'field-split',
    path: old,
    summary: m.split.summary(old, names),
    reason: m.split.reason(old),
  };
}

function addedField(path: string, key: string, kind: JsonKind): Change {
  const field = joinPath(path, key);
  return {
    severity: 'additive',
    kind: 'field-added',
    path: field,
    summary: m.added.summary(field, aKind(kind)),
    reason: m.added.reason,
  };
}

function compareArrays(before: unknown[], after: unknown[], path: string): Change[] {
  const items = `${path}[]`;
  if (before.length === 0 || after.length === 0) {
    if (before.length === after.length) return [];
    return [
      {
        severity: 'neutral',
        kind: 'items-not-compared',
        path: items,
        summary: m.itemsNotCompared.summary(where(path)),
        reason: m.itemsNotCompared.reason,
      },
    ];
  }
  const kinds = (list: unknown[]) => new Set(list.map(kindOf).filter((kind) => kind !== 'null'));
  const was = kinds(before);
  const now = kinds(after);
  const newKinds = [...now].filter((kind) => !was.has(kind));
  if (newKinds.length > 0) {
    const [first] = [...was];
    if (was.size === 1 && now.size === 1 && first) return [kindChange(first, newKinds[0]!, after.find((item) => kindOf(item) === newKinds[0]), items)];
    return [
      {
        severity: 'breaking',
        kind: 'items-type-added',
        path: items,
        summary: m.itemsTypeAdded.summary(inText(path), newKinds.map(aKind)),
        reason: m.itemsTypeAdded.reason([...was].map(aKind)),
      },
    ];
  }
  if (was.size === 1 && was.has('object')) {
    const objects = (list: unknown[]) => list.filter((item) => kindOf(item) === 'object') as Record<string, unknown>[];
    return compareObjects(mergeItems(objects(before)), mergeItems(objects(after)), items);
  }
  if (was.size === 1 && was.has('string')) {
    const firstString = (list: unknown[]) => list.find((item) => typeof item === 'string') as string;
    return compareFormats(firstString(before), firstString(after), items);
  }
  return [];
}

function compareFormats(before: string, after: string, path: string): Change[] {
  const was = formatOf(before);
  if (!was) return [];
  const now = formatOf(after);
  if (now?.name === was.name) return [];
  return [
    {
      severity: 'breaking',
      kind: 'format-changed',
      path,
      summary: m.formatChanged.summary(where(path), was.label, JSON.stringify(before), now ? now.label : m.freeText, JSON.stringify(after)),
      reason: m.formatChanged.reason(was.label),
    },
  ];
}
