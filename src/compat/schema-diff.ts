/**
 * Compares two schemas for one place in an API. Direction decides the class: in a
 * request the server reads what clients write, so a schema that accepts less breaks
 * clients; in a response clients read what the server writes, so a schema that can
 * return more (a new type, a new enum value, null) breaks them.
 */
import { joinPath, type Change, type Severity } from './change';
import { describeTypes, limitKeywords, shapeOf, typesWithin, type LimitKeyword, type Shape } from './schema-shape';

export type Direction = 'request' | 'response';

export interface SchemaContext {
  before: unknown;
  after: unknown;
  direction: Direction;
  /** Where the schema sits, e.g. `POST /users → request body`. */
  place: string;
}

const fieldText = (field: string) => (field === '' ? 'the value' : `\`${field}\``);

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
        `${fieldText(field)} now has ${now.variants.length} alternatives (oneOf/anyOf) instead of ${was.variants.length}.`,
        breaks
          ? request
            ? 'Clients that send one of the removed alternatives are now rejected.'
            : 'Clients that handle each alternative they know fail on the new one.'
          : request
            ? 'The server accepts more forms than before; existing requests still fit.'
            : 'The server returns fewer forms; clients that handle all of them still work.',
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
  const summary = `${fieldText(field)} changed from ${describeTypes(was.types)} to ${describeTypes(now.types)}.`;
  if (request && widened) return change('additive', 'type-widened', summary, 'The server accepts every value it accepted before, and more; existing requests still fit.');
  if (!request && narrowed) return change('neutral', 'type-narrowed', summary, 'The server returns a subset of what it returned before; clients that handle the old types still work.');
  const reason = request
    ? `Clients that send ${describeTypes(was.types)} here are now rejected with a 400.`
    : `A client that reads ${fieldText(field)} as ${describeTypes(was.types)} now gets ${describeTypes(now.types)}: parsing fails, or arithmetic and comparisons silently go wrong.`;
  return change('breaking', 'type-changed', summary, reason);
}

function nullability(wasNullable: boolean, request: boolean, field: string, change: Make): Change {
  if (!wasNullable) {
    const summary = `${fieldText(field)} may now be null.`;
    return request
      ? change('additive', 'null-allowed', summary, 'The server accepts null as well as the values it accepted before.')
      : change('breaking', 'became-nullable', summary, `A client that uses ${fieldText(field)} without a null check (\`x.length\`, \`x.id\`) throws a TypeError when it is null.`);
  }
  const summary = `${fieldText(field)} may no longer be null.`;
  return request
    ? change('breaking', 'null-refused', summary, 'Clients that send null here (to clear the value, say) are now rejected with a 400.')
    : change('neutral', 'null-removed', summary, "Clients' null checks become unnecessary but still work.");
}

function formatChange(was: string | undefined, now: string | undefined, request: boolean, field: string, change: Make): Change {
  const name = (format: string | undefined) => (format ? `format \`${format}\`` : 'no format');
  const summary = `${fieldText(field)} changed from ${name(was)} to ${name(now)}.`;
  if (request && now === undefined) return change('additive', 'format-relaxed', summary, 'The server accepts any string here now, including what clients sent before.');
  if (!request && was === undefined) return change('neutral', 'format-documented', summary, 'The values are now promised to follow a format; clients that read free text still work.');
  const reason = request
    ? `Clients that send values in the old form are now rejected with a 400.`
    : `A client that parses ${fieldText(field)} as ${name(was)} gets values it cannot parse.`;
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
        ? change('breaking', 'enum-narrowed-request', `${fieldText(field)} is now limited to ${list(now.enumValues!)}.`, 'Clients that send any other value, which was fine before, are now rejected with a 400.')
        : change('neutral', 'enum-documented', `${fieldText(field)} is now limited to ${list(now.enumValues!)}.`, 'The server promises fewer values than before; clients that handled any value still work.'),
    );
    return changes;
  }
  if (removed && removed.length > 0) {
    const summary = `${fieldText(field)} no longer allows ${list(removed)}.`;
    changes.push(
      request
        ? change('breaking', 'enum-narrowed-request', summary, `A client that sends ${list(removed)} is now rejected with a 400, though the same request worked before.`)
        : change('neutral', 'enum-narrowed-response', summary, 'The server returns fewer values; clients that handle the old list still handle every value they get.'),
    );
  }
  const widened = now.enumValues === undefined ? ['any value'] : (added ?? []);
  if (widened.length > 0) {
    const summary = now.enumValues === undefined ? `${fieldText(field)} is no longer limited to a list of values.` : `${fieldText(field)} now also allows ${list(widened)}.`;
    changes.push(
      request
        ? change('additive', 'enum-widened-request', summary, 'The server accepts more values; every request that was valid still is.')
        : change(
            'breaking',
            'enum-widened-response',
            summary,
            'Strict clients break: a generated client that decodes into a closed enum, or a `switch` with no default, fails on a value it has never seen. Clients written to expect unknown values (a default branch) keep working, so document that the list may grow.',
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
    const summary = `${fieldText(field)}: ${keyword} changed from ${before ?? 'none'} to ${after ?? 'none'}.`;
    return tighter
      ? [change('breaking', 'constraint-tightened', summary, `A client that sends a value within the old limit but outside the new one is now rejected with a 400.`)]
      : [change('additive', 'constraint-relaxed', summary, 'The server accepts every value it accepted before, and more.')];
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
              `\`${path}\` is no longer part of the request.`,
              now.additionalProperties
                ? `Clients still send \`${path}\` and the server now ignores it: what they asked for is silently dropped.`
                : `Clients still send \`${path}\`, and the schema forbids unknown fields: their requests are now rejected with a 400.`,
            )
          : change('breaking', 'field-removed', `\`${path}\` was removed.`, `A client reading \`${path}\` gets undefined; whatever it showed or computed from it is now empty or wrong.`),
      );
      continue;
    }
    const wasRequired = was.required.has(name);
    const isRequired = now.required.has(name);
    if (wasRequired !== isRequired) {
      if (request) {
        changes.push(
          isRequired
            ? change('breaking', 'field-now-required', `\`${path}\` is now required.`, `Clients that leave out \`${path}\`, which was optional, are now rejected with a 400 or 422.`)
            : change('additive', 'field-now-optional', `\`${path}\` is now optional.`, 'Every request that sent it still works; clients may now leave it out.'),
        );
      } else {
        changes.push(
          wasRequired
            ? change('breaking', 'field-now-optional-response', `\`${path}\` is no longer always present.`, `A client that reads \`${path}\` without checking gets undefined in the responses that leave it out.`)
            : change('neutral', 'field-now-required-response', `\`${path}\` is now always present.`, 'Clients that checked for it still work; the check just always passes now.'),
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
      changes.push(change('breaking', 'required-field-added', `\`${path}\` was added as a required field.`, `Existing clients do not send \`${path}\`, so every request they make is now rejected with a 400 or 422.`));
    } else {
      changes.push(
        change(
          'additive',
          request ? 'optional-field-added' : 'field-added',
          `\`${path}\` was added${request ? ' as an optional field' : ''}.`,
          request ? 'Existing clients do not send it and keep working; new clients may.' : 'Existing clients ignore fields they do not know, so they keep working (the tolerant reader).',
        ),
      );
    }
  }
  if (request && was.additionalProperties && !now.additionalProperties) {
    changes.push(objectChange('breaking', 'unknown-fields-refused', `${fieldText(field)} no longer accepts fields it does not list (additionalProperties: false).`, 'Clients that send any extra field, harmless before, are now rejected with a 400.'));
  }
  return changes;
}
