/**
 * The deprecation plan's headers at chosen instants, read the way clients read them:
 * Deprecation with a structured-field parser (RFC 9651 dates, as RFC 9745 requires),
 * Sunset against the exact IMF-fixdate grammar of RFC 9110, Link with a Link parser.
 */
import { parseItem } from 'structured-headers';
import LinkHeader from 'http-link-header';
import { call, show, type Fn } from './calls';

const plans: DeprecationPlan[] = [
  { deprecatedAt: new Date('2026-01-01T00:00:00Z'), sunsetAt: new Date('2026-07-01T00:00:00Z'), migrationGuide: 'https://api.example.com/docs/migrate-v2-to-v3' },
  // A single-digit day, hour and second: an HTTP date still writes two digits for each.
  { deprecatedAt: new Date('2025-11-09T08:05:03Z'), sunsetAt: new Date('2026-03-05T07:45:09Z'), migrationGuide: 'https://developer.example.org/guides/v3#moving' },
];

const day = 86_400_000;
type Stage = 'before' | 'deprecated' | 'gone';

export interface Moment {
  plan: DeprecationPlan;
  now: Date;
  stage: Stage;
  signal: DeprecationSignal;
  where: string;
}

const describePlan = (plan: DeprecationPlan) =>
  `deprecationHeaders({ deprecatedAt: ${plan.deprecatedAt.toISOString()}, sunsetAt: ${plan.sunsetAt.toISOString()}, migrationGuide: ${show(plan.migrationGuide)} }, ${'NOW'})`;

function checkSignal(value: unknown, where: string): DeprecationSignal {
  const signal = value as DeprecationSignal | null;
  if (typeof signal !== 'object' || signal === null || typeof signal.headers !== 'object' || signal.headers === null) {
    throw new Error(`${where} returned ${show(value)}. Return { headers: { ... }, gone: boolean }, with headers as an object of header names and string values.`);
  }
  if (typeof signal.gone !== 'boolean') throw new Error(`${where} returned gone = ${show(signal.gone)}. Set gone to true or false: whether the version answers 410 Gone.`);
  return signal;
}

/** Calls deprecationHeaders for every plan at instants around deprecation and sunset. */
export function moments(fn: Fn): Moment[] {
  return plans.flatMap((plan) => {
    const deprecated = plan.deprecatedAt.getTime();
    const sunset = plan.sunsetAt.getTime();
    const instants: Array<[number, Stage]> = [
      [deprecated - 30 * day, 'before'],
      [deprecated - 1, 'before'],
      [deprecated, 'deprecated'],
      [Math.round((deprecated + sunset) / 2), 'deprecated'],
      [sunset - 1, 'deprecated'],
      [sunset, 'gone'],
      [sunset + 90 * day, 'gone'],
    ];
    return instants.map(([time, stage]) => {
      const now = new Date(time);
      const where = describePlan(plan).replace('NOW', now.toISOString());
      return { plan, now, stage, where, signal: checkSignal(call(fn, where, plan, now), where) };
    });
  });
}

/** The value of a header, whatever the case of its name; undefined when absent. */
export function header(signal: DeprecationSignal, name: string): string | undefined {
  const key = Object.keys(signal.headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : String(signal.headers[key]);
}

const announced = (moment: Moment) => ['Deprecation', 'Sunset', 'Link'].filter((name) => header(moment.signal, name) !== undefined);

/** No deprecation headers before deprecatedAt, and all three from then on. */
export function presenceProblems(all: Moment[]): string[] {
  return all.flatMap((moment) => {
    const sent = announced(moment);
    if (moment.stage === 'before') {
      return sent.length === 0 ? [] : [`${moment.where} sent ${sent.join(', ')} before deprecatedAt. Nothing is deprecated yet: send no deprecation headers until now >= deprecatedAt.`];
    }
    if (moment.stage === 'deprecated') {
      const missing = ['Deprecation', 'Sunset', 'Link'].filter((name) => !sent.includes(name));
      return missing.length === 0 ? [] : [`${moment.where} is missing ${missing.join(', ')}. From deprecatedAt on, every response of the old version carries Deprecation, Sunset and Link.`];
    }
    return [];
  });
}

/** gone is false until sunsetAt and true from then on. */
export function goneProblems(all: Moment[]): string[] {
  return all.flatMap((moment) => {
    const expected = moment.stage === 'gone';
    if (moment.signal.gone === expected) return [];
    return [
      expected
        ? `${moment.where} gave gone: false, but now is at or after sunsetAt. From sunsetAt on (now >= sunsetAt), gone is true and the server answers 410 Gone.`
        : `${moment.where} gave gone: true before sunsetAt. The old version keeps answering until its sunset; compare with now.getTime() >= sunsetAt.getTime().`,
    ];
  });
}

/** Deprecation: a structured-field Date, "@" + Unix seconds of deprecatedAt. */
export function deprecationProblems(all: Moment[]): string[] {
  return all.flatMap((moment) => {
    const value = header(moment.signal, 'Deprecation');
    if (value === undefined || moment.stage === 'before') return [];
    const seconds = Math.floor(moment.plan.deprecatedAt.getTime() / 1000);
    const head = `${moment.where} sent Deprecation: ${value}; expected @${seconds}.`;
    let parsed: unknown;
    try {
      [parsed] = parseItem(value);
    } catch {
      if (/^\d{4}-\d{2}-\d{2}/.test(value.trim())) return [`${head} That is an ISO 8601 date; RFC 9745 writes the date as a structured-field Date, "@" followed by Unix time in seconds.`];
      if (/^[A-Z][a-z]{2}, /.test(value.trim())) return [`${head} That is an HTTP date, the form Sunset uses; Deprecation is a structured-field Date, "@" followed by Unix time in seconds.`];
      return [`${head} A structured-field parser cannot read it (free text is not allowed): write "@" followed by Unix time in seconds.`];
    }
    if (parsed === true) return [`${head} "?1" (true) comes from an early draft; RFC 9745 says when: "@" followed by Unix time in seconds.`];
    if (typeof parsed === 'number') return [`${head} The number needs an "@" in front to be a structured-field Date.`];
    if (!(parsed instanceof Date)) return [`${head} Write it as a structured-field Date: "@" followed by Unix time in seconds.`];
    const got = parsed.getTime() / 1000;
    if (got === seconds) return [];
    if (got === moment.plan.deprecatedAt.getTime()) return [`${head} That is Unix time in milliseconds, a date thousands of years away: divide getTime() by 1000.`];
    if (Math.abs(got - moment.now.getTime() / 1000) < 1) return [`${head} Deprecation is the moment the version was deprecated (plan.deprecatedAt), not the current time.`];
    if (got === moment.plan.sunsetAt.getTime() / 1000) return [`${head} That is the sunset; Deprecation is the moment the version was deprecated.`];
    return [`${head} Use plan.deprecatedAt.`];
  });
}

const imfFixdate = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;

/** The instant an IMF-fixdate names, or null when the text breaks its grammar or names a day that does not exist. */
export function readImfFixdate(text: string): Date | null {
  const match = imfFixdate.exec(text);
  if (!match) return null;
  const [, weekday, dd, month, yyyy, hh, mm, ss] = match;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const date = new Date(Date.UTC(Number(yyyy), months.indexOf(month!), Number(dd), Number(hh), Number(mm), Number(ss)));
  if (date.getUTCDate() !== Number(dd) || Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 60) return null;
  return ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][date.getUTCDay()] === weekday ? date : null;
}

/** Sunset: an IMF-fixdate naming sunsetAt. */
export function sunsetProblems(all: Moment[]): string[] {
  return all.flatMap((moment) => {
    const value = header(moment.signal, 'Sunset');
    if (value === undefined || moment.stage === 'before') return [];
    const expected = moment.plan.sunsetAt.toUTCString();
    const head = `${moment.where} sent Sunset: ${value}; expected ${expected}.`;
    const date = readImfFixdate(value);
    if (!date) {
      if (/^\d{4}-\d{2}-\d{2}/.test(value)) return [`${head} That is ISO 8601; RFC 8594 requires an HTTP date in the IMF-fixdate form, which date.toUTCString() writes.`];
      if (value.startsWith('@')) return [`${head} Sunset is not a structured field: it is an HTTP date (IMF-fixdate), such as "Thu, 01 Jan 2026 00:00:00 GMT".`];
      return [`${head} An HTTP date must match the IMF-fixdate grammar exactly: day name, two-digit day, month name, year, hh:mm:ss, then GMT.`];
    }
    if (date.getTime() === moment.plan.sunsetAt.getTime()) return [];
    return [`${head} Sunset is the moment the version goes away: plan.sunsetAt.`];
  });
}

/** Link: rel="deprecation" pointing at the migration guide. */
export function linkProblems(all: Moment[]): string[] {
  return all.flatMap((moment) => {
    const value = header(moment.signal, 'Link');
    if (value === undefined || moment.stage === 'before') return [];
    const expected = `<${moment.plan.migrationGuide}>; rel="deprecation"; type="text/html"`;
    const head = `${moment.where} sent Link: ${value}; expected something like ${expected}.`;
    let refs: Array<{ uri: string; rel: string }>;
    try {
      refs = LinkHeader.parse(value).refs;
    } catch {
      return [`${head} A Link parser cannot read it: put the URL in angle brackets, then parameters after semicolons.`];
    }
    const deprecation = refs.filter((ref) => ref.rel.toLowerCase().split(/\s+/).includes('deprecation'));
    if (deprecation.length === 0) return [`${head} The link needs rel="deprecation" (RFC 9745) so clients know it explains the deprecation.`];
    if (deprecation.some((ref) => ref.uri === moment.plan.migrationGuide)) return [];
    return [`${head} Point the link at plan.migrationGuide, exactly as given.`];
  });
}
