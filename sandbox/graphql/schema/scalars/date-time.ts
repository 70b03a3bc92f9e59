import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * DateTime: an instant as an RFC 3339 string with a time zone, e.g.
 * `2026-01-05T09:00:00Z` or `2026-01-05T10:00:00+01:00`. Output is always UTC with
 * milliseconds (`2026-01-05T09:00:00.000Z`). Input without a zone, or a date that does
 * not exist (February 30), is refused: guessing would silently shift the instant.
 */

const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
const EXAMPLE = 'Send it like "2026-01-05T09:00:00Z".';

/** Parses an RFC 3339 date-time; throws a GraphQLError that says what is wrong. */
export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string') {
    throw new GraphQLError(`DateTime must be a string, not ${typeof value}. ${EXAMPLE}`);
  }
  const match = RFC_3339.exec(value);
  if (!match) {
    throw new GraphQLError(`DateTime ${JSON.stringify(value)} is not an RFC 3339 date-time with a time zone (Z or ±hh:mm). ${EXAMPLE}`);
  }
  const [, year, month, day, hour, minute, second] = match.map(Number) as number[];
  // Date.UTC rolls February 30 over into March 2; comparing the parts back catches that.
  const calendar = new Date(Date.UTC(year!, month! - 1, day!, hour!, minute!, second!));
  const exists =
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month! - 1 &&
    calendar.getUTCDate() === day &&
    calendar.getUTCHours() === hour &&
    calendar.getUTCMinutes() === minute;
  if (!exists || second! > 59) {
    throw new GraphQLError(`DateTime ${JSON.stringify(value)} names a day or time that does not exist. ${EXAMPLE}`);
  }
  return new Date(value);
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, as an RFC 3339 string with a time zone. Output is UTC: "2026-01-05T09:00:00.000Z".',
  specifiedByURL: 'https://datatracker.ietf.org/doc/html/rfc3339',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? parseDateTime(value) : null;
    if (!date || Number.isNaN(date.getTime())) throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}.`);
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`DateTime must be written as a string. ${EXAMPLE}`, { nodes: ast });
    return parseDateTime(ast.value);
  },
});
