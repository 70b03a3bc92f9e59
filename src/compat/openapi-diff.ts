/**
 * Compares two OpenAPI documents operation by operation: paths and methods, parameters,
 * request bodies and responses, each schema through diffSchema with the direction that
 * decides who breaks. Paths match by shape, so `/users/{id}` and `/users/{user_id}` are
 * the same path (renaming a path parameter changes nothing on the wire).
 */
import { sortChanges, type Change } from './change';
import { resolveObject } from './openapi-refs';
import { diffSchema, type Direction } from './schema-diff';
import { httpMethods } from '../grading/parse/openapi-types';
import { compatOpenapiChanges as m } from '@messages/compat-openapi-changes';

type Doc = Record<string, unknown>;
type Obj = Record<string, unknown>;

const pathShape = (path: string) => path.replace(/\{[^}]*\}/g, '{}');
const asObject = (value: unknown): Obj => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : {});

/** Every change from the `before` document to the `after` document, breaking ones first. */
export function diffOpenApi(before: Doc, after: Doc): Change[] {
  const changes: Change[] = [];
  const afterPaths = new Map(Object.entries(asObject(after.paths)).map(([path, item]) => [pathShape(path), { path, item: resolveObject(after, item) }]));
  const matched = new Set<string>();
  for (const [path, rawItem] of Object.entries(asObject(before.paths))) {
    const item = resolveObject(before, rawItem);
    const counterpart = afterPaths.get(pathShape(path));
    if (counterpart) matched.add(pathShape(path));
    for (const method of httpMethods) {
      if (!(method in item)) continue;
      const name = `${method.toUpperCase()} ${path}`;
      if (!counterpart || !(method in counterpart.item)) {
        changes.push({
          severity: 'breaking',
          kind: 'operation-removed',
          path: name,
          summary: m.operationRemoved.summary(name),
          reason: m.operationRemoved.reason,
        });
        continue;
      }
      changes.push(
        ...diffOperation({ before, after, name, pathBefore: path, pathAfter: counterpart.path, itemBefore: item, itemAfter: counterpart.item, opBefore: asObject(item[method]), opAfter: asObject(counterpart.item[method]) }),
      );
    }
    if (counterpart) {
      for (const method of httpMethods) if (method in counterpart.item && !(method in item)) changes.push(addedOperation(`${method.toUpperCase()} ${counterpart.path}`));
    }
  }
  for (const [shape, { path, item }] of afterPaths) {
    if (matched.has(shape)) continue;
    for (const method of httpMethods) if (method in item) changes.push(addedOperation(`${method.toUpperCase()} ${path}`));
  }
  return sortChanges(changes);
}

function addedOperation(name: string): Change {
  return { severity: 'additive', kind: 'operation-added', path: name, summary: m.operationAdded.summary(name), reason: m.operationAdded.reason };
}

interface OperationPair {
  before: Doc;
  after: Doc;
  name: string;
  pathBefore: string;
  pathAfter: string;
  itemBefore: Obj;
  itemAfter: Obj;
  opBefore: Obj;
  opAfter: Obj;
}

function diffOperation(pair: OperationPair): Change[] {
  const changes: Change[] = [];
  if (pair.opBefore.deprecated !== true && pair.opAfter.deprecated === true) {
    changes.push({
      severity: 'neutral',
      kind: 'operation-deprecated',
      path: pair.name,
      summary: m.operationDeprecated.summary(pair.name),
      reason: m.operationDeprecated.reason,
    });
  }
  changes.push(...diffParameters(pair));
  changes.push(...diffRequestBody(pair));
  changes.push(...diffResponses(pair));
  return changes;
}

/** Path-level and operation-level parameters, the operation's winning, keyed by `in:name` (path ones by position). */
function parameters(doc: Doc, path: string, item: Obj, op: Obj): Map<string, Obj> {
  const found = new Map<string, Obj>();
  const slots = [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
  for (const list of [item.parameters, op.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const param = resolveObject(doc, raw);
      if (typeof param.name !== 'string' || typeof param.in !== 'string') continue;
      // Header names are case-insensitive; path parameters match by position, not name.
      const name = param.in === 'header' ? param.name.toLowerCase() : param.name;
      found.set(param.in === 'path' ? `path:${slots.indexOf(param.name)}` : `${param.in}:${name}`, param);
    }
  }
  return found;
}

function diffParameters(pair: OperationPair): Change[] {
  const was = parameters(pair.before, pair.pathBefore, pair.itemBefore, pair.opBefore);
  const now = parameters(pair.after, pair.pathAfter, pair.itemAfter, pair.opAfter);
  const changes: Change[] = [];
  const label = (param: Obj) => m.places.parameter(String(param.in), String(param.name));
  for (const [key, param] of was) {
    const counterpart = now.get(key);
    const place = m.places.within(pair.name, label(param));
    if (!counterpart) {
      changes.push({
        severity: 'breaking',
        kind: 'parameter-removed',
        path: place,
        summary: m.parameters.removed(label(param)),
        reason: m.parameters.removedReason,
      });
      continue;
    }
    if (param.required !== true && counterpart.required === true) {
      changes.push({ severity: 'breaking', kind: 'parameter-now-required', path: place, summary: m.parameters.nowRequired(label(param)), reason: m.parameters.nowRequiredReason });
    } else if (param.required === true && counterpart.required !== true) {
      changes.push({ severity: 'additive', kind: 'parameter-now-optional', path: place, summary: m.parameters.nowOptional(label(param)), reason: m.parameters.nowOptionalReason });
    }
    changes.push(...diffSchema(param.schema, counterpart.schema, { before: pair.before, after: pair.after, direction: 'request', place }));
  }
  for (const [key, param] of now) {
    if (was.has(key)) continue;
    const place = m.places.within(pair.name, label(param));
    changes.push(
      param.required === true
        ? { severity: 'breaking', kind: 'required-parameter-added', path: place, summary: m.parameters.requiredAdded(label(param)), reason: m.parameters.requiredAddedReason }
        : { severity: 'additive', kind: 'optional-parameter-added', path: place, summary: m.parameters.optionalAdded(label(param)), reason: m.parameters.optionalAddedReason },
    );
  }
  return changes;
}

function diffContent(pair: OperationPair, was: Obj, now: Obj, place: string, direction: Direction): Change[] {
  const changes: Change[] = [];
  const wasTypes = Object.keys(asObject(was.content));
  const nowContent = asObject(now.content);
  for (const type of wasTypes) {
    const where = wasTypes.length > 1 || type !== 'application/json' ? `${place} (${type})` : place;
    if (!(type in nowContent)) {
      changes.push({
        severity: 'breaking',
        kind: 'media-type-removed',
        path: where,
        summary: m.mediaTypes.removed(place, type),
        reason: direction === 'request' ? m.mediaTypes.removedRequest(type) : m.mediaTypes.removedResponse(type),
      });
      continue;
    }
    const schema = (media: unknown) => asObject(media).schema;
    changes.push(...diffSchema(schema(asObject(was.content)[type]), schema(nowContent[type]), { before: pair.before, after: pair.after, direction, place: where }));
  }
  for (const type of Object.keys(nowContent)) {
    if (!wasTypes.includes(type)) changes.push({ severity: 'additive', kind: 'media-type-added', path: place, summary: m.mediaTypes.added(place, type), reason: m.mediaTypes.addedReason });
  }
  return changes;
}

function diffRequestBody(pair: OperationPair): Change[] {
  const place = m.places.requestBody(pair.name);
  const had = pair.opBefore.requestBody !== undefined;
  const has = pair.opAfter.requestBody !== undefined;
  if (!had && !has) return [];
  const was = resolveObject(pair.before, pair.opBefore.requestBody);
  const now = resolveObject(pair.after, pair.opAfter.requestBody);
  if (!had) {
    return [
      now.required === true
        ? { severity: 'breaking', kind: 'request-body-added', path: place, summary: m.requestBody.nowRequired(pair.name), reason: m.requestBody.nowRequiredReason }
        : { severity: 'additive', kind: 'request-body-added', path: place, summary: m.requestBody.optionalAdded(pair.name), reason: m.requestBody.optionalAddedReason },
    ];
  }
  if (!has) {
    return [{ severity: 'breaking', kind: 'request-body-removed', path: place, summary: m.requestBody.removed(pair.name), reason: m.requestBody.removedReason }];
  }
  const changes: Change[] = [];
  if (was.required !== true && now.required === true) {
    changes.push({ severity: 'breaking', kind: 'request-body-now-required', path: place, summary: m.requestBody.bodyNowRequired, reason: m.requestBody.bodyNowRequiredReason });
  }
  return [...changes, ...diffContent(pair, was, now, place, 'request')];
}

function diffResponses(pair: OperationPair): Change[] {
  const was = asObject(pair.opBefore.responses);
  const now = asObject(pair.opAfter.responses);
  const changes: Change[] = [];
  for (const status of Object.keys(was)) {
    const place = m.places.within(pair.name, status);
    if (!(status in now)) {
      changes.push({
        severity: 'breaking',
        kind: 'response-status-removed',
        path: place,
        summary: m.responses.statusRemoved(pair.name, status),
        reason: m.responses.statusRemovedReason(status),
      });
      continue;
    }
    const before = resolveObject(pair.before, was[status]);
    const after = resolveObject(pair.after, now[status]);
    changes.push(...diffContent(pair, before, after, place, 'response'));
    for (const header of Object.keys(asObject(before.headers))) {
      const present = Object.keys(asObject(after.headers)).some((name) => name.toLowerCase() === header.toLowerCase());
      if (!present) changes.push({ severity: 'breaking', kind: 'response-header-removed', path: place, summary: m.responses.headerRemoved(header, status), reason: m.responses.headerRemovedReason(header) });
    }
  }
  for (const status of Object.keys(now)) {
    if (status in was) continue;
    changes.push({
      severity: 'additive',
      kind: 'response-status-added',
      path: m.places.within(pair.name, status),
      summary: m.responses.statusAdded(pair.name, status),
      reason: m.responses.statusAddedReason,
    });
  }
  return changes;
}
