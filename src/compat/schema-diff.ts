/**
 * Compares two schemas for one place in an API. Direction decides the class: in a
 * request the server reads what clients write, so a schema that accepts less breaks
 * clients; in a response clients read what the server writes, so a schema that can
 * return more (a new type, a new enum value, null) breaks them.
 */
import { joinPath, type Change, type Severity } from './change';
import { compatSchemaChanges as m } from '@messages/compat-schema-changes';
import { describeTypes, limitKeywords, shapeOf, typesWithin, type LimitKeyword, type Shape } from './schema-shape';

export type Direction = 'request' | 'response';

export interface SchemaContext {
  before: unknown;
  after: unknown;
  direction: Direction;
  /** Where the schema sits, e.g. `POST /users → request body`. */
  place: string;
}

const fieldText = (field: string) => (field === '' ? m.theValue : `\`${field}\``);

/** Every change between the schema `before` (in ctx.before) and `after` (in ctx.after), at `field`. */
export function diffSchema(before: unknown, after: unknown, ctx: SchemaContext, field = '', stack: readonly string[] = []): Change[] {
  const was = shapeOf(ctx.before, before);
  const now = shapeOf(ctx.after, after);
  // A recursive schema (a category with child categories) is compared once per pair of refs on the way down.
  const pair = `${was.refs.join(' ')}|${now.refs.join(' ')}`;
  if (pair !== '|' && stack.includes(pair)) return [];
  const below = pair === '|' ? stack : [...stack, pair];
  const change = makeChange(ctx, field);
  const request = ctx.direction === 'request';

  const typeChange = compareTypes(was, now, request, field, change);
  if (typeChange) return [typeChange];
  const changes: Change[] = [];
  if (was.nullable !== now.nullable) changes.push(nullability(was.nullable, request, field, change));
  if (was.format !== now.format) changes.push(formatChange(was.format, now.format, request, field, change));
  changes.push(...enumChanges(was, now, request, field, change));
  if (request) changes.push(...limitChanges(was, now, field, change));
  if (was.variants.length !== now.variants.length && (was.variants.length > 0 || now.variants.length > 0)) {
    const more = now.variants.length > was.variants.length;
    const breaks = more !== request;
    changes.push(
      change(
        breaks ? 'breaking' : 'additive',
        more ? 'variant-added' : 'variant-removed',
        m.variants.summary(fieldText(field), now.variants.length, was.variants.length),
        breaks
          ? request
            ? m.variants.requestBreaks
            : m.variants.responseBreaks
          : request
            ? m.variants.requestWidens
            : m.variants.responseNarrows,
      ),
    );
  }
  changes.push(...fieldChanges(was, now, ctx, field, below, change));
  if (was.items !== undefined && now.items !== undefined) {
    changes.push(...diffSchema(was.items, now.items, ctx, `${field}[]`, below));
  }
  return changes;
}

type Make = (severity: Severity, kind: string, summary: string, reason: string) => Change;

function makeChange(ctx: SchemaContext, field: string): Make {
  const path = field === '' ? ctx.place : `${ctx.place} → ${field}`;
  return (severity, kind, summary, reason) => ({ severity, kind, path, summary, reason });
}

function compareTypes(was: Shape, now: Shape, request: boolean, field: string, change: Make): Change | null {
  const widened = typesWithin(was.types, now.types);
  const narrowed = typesWithin(now.types, was.types);
  if (widened && narrowed) return null;
  const summary = m.type.summary(fieldText(field), describeTypes(was.types), describeTypes(now.types));
  if (request && widened) return change('additive', 'type-widened', summary, m.type.widenedRequest);
  if (!request && narrowed) return change('neutral', 'type-narrowed', summary, m.type.narrowedResponse);
  const reason = request ? m.type.breaksRequest(describeTypes(was.types)) : m.type.breaksResponse(fieldText(field), describeTypes(was.types), describeTypes(now.types));
  return change('breaking', 'type-changed', summary, reason);
}

function nullability(wasNullable: boolean, request: boolean, field: string, change: Make): Change {
  if (!wasNullable) {
    const summary = m.nullable.nowSummary(fieldText(field));
    return request
      ? change('additive', 'null-allowed', summary, m.nullable.nowRequest)
      : change('breaking', 'became-nullable', summary, m.nullable.nowResponse(fieldText(field)));
  }
  const summary = m.nullable.noLongerSummary(fieldText(field));
  return request ? change('breaking', 'null-refused', summary, m.nullable.noLongerRequest) : change('neutral', 'null-removed', summary, m.nullable.noLongerResponse);
}

function formatChange(was: string | undefined, now: string | undefined, request: boolean, field: string, change: Make): Change {
  const name = m.format.name;
  const summary = m.format.summary(fieldText(field), name(was), name(now));
  if (request && now === undefined) return change('additive', 'format-relaxed', summary, m.format.relaxedRequest);
  if (!request && was === undefined) return change('neutral', 'format-documented', summary, m.format.documentedResponse);
  const reason = request ? m.format.breaksRequest : m.format.breaksResponse(fieldText(field), name(was));
  return change('breaking', 'format-changed', summary, reason);
}

const list = (values: unknown[]) => values.map((value) => `\`${JSON.stringify(value)}\``).join(', ');

function enumChanges(was: Shape, now: Shape, request: boolean, field: string, change: Make): Change[] {
  if (was.enumValues === undefined && now.enumValues === undefined) return [];
  const has = (values: unknown[] | undefined, value: unknown) => values === undefined || values.some((v) => JSON.stringify(v) === JSON.stringify(value));
  const changes: Change[] = [];
  const removed = was.enumValues === undefined ? null : was.enumValues.filter((value) => !has(now.enumValues, value));
  const added = now.enumValues === undefined ? null : now.enumValues.filter((value) => !has(was.enumValues, value));
  if (was.enumValues === undefined) {
    changes.push(
      request
        ? change('breaking', 'enum-narrowed-request', m.enums.limitedTo(fieldText(field), list(now.enumValues!)), m.enums.limitedRequest)
        : change('neutral', 'enum-documented', m.enums.limitedTo(fieldText(field), list(now.enumValues!)), m.enums.limitedResponse),
    );
    return changes;
  }
  if (removed && removed.length > 0) {
    const summary = m.enums.removed(fieldText(field), list(removed));
    changes.push(
      request
        ? change('breaking', 'enum-narrowed-request', summary, m.enums.removedRequest(list(removed)))
        : change('neutral', 'enum-narrowed-response', summary, m.enums.removedResponse),
    );
  }
  // Without a list any value is allowed: one "new value" is enough to report the change.
  const widened = now.enumValues === undefined ? [null] : (added ?? []);
  if (widened.length > 0) {
    const summary = now.enumValues === undefined ? m.enums.unlimited(fieldText(field)) : m.enums.added(fieldText(field), list(widened));
    changes.push(
      request
        ? change('additive', 'enum-widened-request', summary, m.enums.addedRequest)
        : change(
            'breaking',
            'enum-widened-response',
            summary,
            m.enums.addedResponse,
          ),
    );
  }
  return changes;
}

const upper = new Set<LimitKeyword>(['maxLength', 'maxItems', 'maximum']);

function limitChanges(was: Shape, now: Shape, field: string, change: Make): Change[] {
  return limitKeywords.flatMap((keyword) => {
    const before = was.limits[keyword];
    const after = now.limits[keyword];
    if (before === after) return [];
    const isUpper = upper.has(keyword);
    const tighter = after !== undefined && (before === undefined || (isUpper ? after < before : after > before));
    const summary = m.limits.summary(fieldText(field), keyword, before, after);
    return tighter ? [change('breaking', 'constraint-tightened', summary, m.limits.tightened)] : [change('additive', 'constraint-relaxed', summary, m.limits.relaxed)];
  });
}

function fieldChanges(was: Shape, now: Shape, ctx: SchemaContext, field: string, stack: readonly string[], objectChange: Make): Change[] {
  const request = ctx.direction === 'request';
  const changes: Change[] = [];
  for (const [name, schema] of Object.entries(was.properties)) {
    const path = joinPath(field, name);
    const change = makeChange(ctx, path);
    if (!(name in now.properties)) {
      changes.push(
        request
          ? change(
              'breaking',
              'request-field-removed',
              m.fields.leftRequest(path),
              now.additionalProperties ? m.fields.leftIgnored(path) : m.fields.leftRefused(path),
            )
          : change('breaking', 'field-removed', m.fields.removed(path), m.fields.removedReason(path)),
      );
      continue;
    }
    const wasRequired = was.required.has(name);
    const isRequired = now.required.has(name);
    if (wasRequired !== isRequired) {
      if (request) {
        changes.push(
          isRequired
            ? change('breaking', 'field-now-required', m.fields.nowRequired(path), m.fields.nowRequiredReason(path))
            : change('additive', 'field-now-optional', m.fields.nowOptional(path), m.fields.nowOptionalReason),
        );
      } else {
        changes.push(
          wasRequired
            ? change('breaking', 'field-now-optional-response', m.fields.notAlwaysPresent(path), m.fields.notAlwaysPresentReason(path))
            : change('neutral', 'field-now-required-response', m.fields.alwaysPresent(path), m.fields.alwaysPresentReason),
        );
      }
    }
    changes.push(...diffSchema(schema, now.properties[name], ctx, path, stack));
  }
  for (const name of Object.keys(now.properties)) {
    if (name in was.properties) continue;
    const path = joinPath(field, name);
    const change = makeChange(ctx, path);
    if (request && now.required.has(name)) {
      changes.push(change('breaking', 'required-field-added', m.fields.requiredAdded(path), m.fields.requiredAddedReason(path)));
    } else {
      changes.push(
        change(
          'additive',
          request ? 'optional-field-added' : 'field-added',
          m.fields.added(path, request),
          request ? m.fields.addedRequest : m.fields.addedResponse,
        ),
      );
    }
  }
  if (request && was.additionalProperties && !now.additionalProperties) {
    changes.push(objectChange('breaking', 'unknown-fields-refused', m.fields.unknownRefused(fieldText(field)), m.fields.unknownRefusedReason));
  }
  return changes;
}
