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
          summary: `\`${name}\` was removed.`,
          reason: 'Clients that call it now get 404 or 405, and every feature built on it stops working. Deprecate it first and remove it in a new version.',
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
  return { severity: 'additive', kind: 'operation-added', path: name, summary: `\`${name}\` was added.`, reason: 'Existing clients never call it, so nothing changes for them.' };
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
      summary: `\`${pair.name}\` is now deprecated.`,
      reason: 'Clients keep working for now; it is a warning to move to its replacement before it is removed.',
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
  const label = (param: Obj) => `${param.in} parameter \`${String(param.name)}\``;
  for (const [key, param] of was) {
    const counterpart = now.get(key);
    const place = `${pair.name} → ${label(param)}`;
    if (!counterpart) {
      changes.push({
        severity: 'breaking',
        kind: 'parameter-removed',
        path: place,
        summary: `The ${label(param)} was removed.`,
        reason: 'Clients still send it and the server now ignores it: a filter that no longer filters, a setting silently dropped.',
      });
      continue;
    }
    if (param.required !== true && counterpart.required === true) {
      changes.push({ severity: 'breaking', kind: 'parameter-now-required', path: place, summary: `The ${label(param)} is now required.`, reason: 'Clients that leave it out, which was fine before, are now rejected with a 400.' });
    } else if (param.required === true && counterpart.required !== true) {
      changes.push({ severity: 'additive', kind: 'parameter-now-optional', path: place, summary: `The ${label(param)} is now optional.`, reason: 'Every request that sent it still works.' });
    }
    changes.push(...diffSchema(param.schema, counterpart.schema, { before: pair.before, after: pair.after, direction: 'request', place }));
  }
  for (const [key, param] of now) {
    if (was.has(key)) continue;
    const place = `${pair.name} → ${label(param)}`;
    changes.push(
      param.required === true
        ? { severity: 'breaking', kind: 'required-parameter-added', path: place, summary: `A required ${label(param)} was added.`, reason: 'Existing clients do not send it, so every request they make is now rejected with a 400.' }
        : { severity: 'additive', kind: 'optional-parameter-added', path: place, summary: `An optional ${label(param)} was added.`, reason: 'Existing clients do not send it and get the default behaviour, as before.' },
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
        summary: `${place} is no longer offered as \`${type}\`.`,
        reason: direction === 'request' ? `Clients that send \`${type}\` are now rejected with a 415.` : `Clients that ask for \`${type}\` get a 406 or a body they cannot parse.`,
      });
      continue;
    }
    const schema = (media: unknown) => asObject(media).schema;
    changes.push(...diffSchema(schema(asObject(was.content)[type]), schema(nowContent[type]), { before: pair.before, after: pair.after, direction, place: where }));
  }
  for (const type of Object.keys(nowContent)) {
    if (!wasTypes.includes(type)) changes.push({ severity: 'additive', kind: 'media-type-added', path: place, summary: `${place} is now also offered as \`${type}\`.`, reason: 'Clients that use the existing media types are unaffected.' });
  }
  return changes;
}

function diffRequestBody(pair: OperationPair): Change[] {
  const place = `${pair.name} → request body`;
  const had = pair.opBefore.requestBody !== undefined;
  const has = pair.opAfter.requestBody !== undefined;
  if (!had && !has) return [];
  const was = resolveObject(pair.before, pair.opBefore.requestBody);
  const now = resolveObject(pair.after, pair.opAfter.requestBody);
  if (!had) {
    return [
      now.required === true
        ? { severity: 'breaking', kind: 'request-body-added', path: place, summary: `${pair.name} now requires a request body.`, reason: 'Existing clients send none, so their requests are now rejected with a 400.' }
        : { severity: 'additive', kind: 'request-body-added', path: place, summary: `${pair.name} now accepts an optional request body.`, reason: 'Existing clients send none and keep working.' },
    ];
  }
  if (!has) {
    return [{ severity: 'breaking', kind: 'request-body-removed', path: place, summary: `${pair.name} no longer reads a request body.`, reason: 'Clients still send one and the server ignores it: what they asked for is silently dropped.' }];
  }
  const changes: Change[] = [];
  if (was.required !== true && now.required === true) {
    changes.push({ severity: 'breaking', kind: 'request-body-now-required', path: place, summary: 'The request body is now required.', reason: 'Clients that call the operation without a body are now rejected with a 400.' });
  }
  return [...changes, ...diffContent(pair, was, now, place, 'request')];
}

function diffResponses(pair: OperationPair): Change[] {
  const was = asObject(pair.opBefore.responses);
  const now = asObject(pair.opAfter.responses);
  const changes: Change[] = [];
  for (const status of Object.keys(was)) {
    const place = `${pair.name} → ${status}`;
    if (!(status in now)) {
      changes.push({
        severity: 'breaking',
        kind: 'response-status-removed',
        path: place,
        summary: `${pair.name} no longer answers \`${status}\`.`,
        reason: `Clients that branch on \`${status}\` never see it again; whatever the server answers instead falls into their "unexpected status" path.`,
      });
      continue;
    }
    const before = resolveObject(pair.before, was[status]);
    const after = resolveObject(pair.after, now[status]);
    changes.push(...diffContent(pair, before, after, place, 'response'));
    for (const header of Object.keys(asObject(before.headers))) {
      const present = Object.keys(asObject(after.headers)).some((name) => name.toLowerCase() === header.toLowerCase());
      if (!present) changes.push({ severity: 'breaking', kind: 'response-header-removed', path: place, summary: `The \`${header}\` header is no longer sent with ${status}.`, reason: `Clients that read \`${header}\` get null.` });
    }
  }
  for (const status of Object.keys(now)) {
    if (status in was) continue;
    changes.push({
      severity: 'additive',
      kind: 'response-status-added',
      path: `${pair.name} → ${status}`,
      summary: `${pair.name} may now answer \`${status}\`.`,
      reason: 'Clients that handle statuses by class (any 2xx, any 4xx) cope; a client that only knows the old list treats it as unexpected.',
    });
  }
  return changes;
}
