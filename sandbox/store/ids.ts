/**
 * Stripe-style ids: a short type prefix and a counter (`usr_1`, `prd_12`).
 * The prefix tells a reader what an id points at; the counter makes ids
 * deterministic (the same seed always gives the same ids) and ordered.
 */

/** Builds the id for the n-th record of a kind, e.g. `formatId('usr', 4)` → `usr_4`. */
export function formatId(prefix: string, n: number): string {
  return `${prefix}_${n}`;
}

/** The counter inside an id (`usr_4` → 4), or undefined when the text is not an id. */
export function idNumber(id: string): number | undefined {
  const match = /^[a-z]+_([1-9]\d{0,14})$/.exec(id);
  return match ? Number(match[1]) : undefined;
}

/** A regular expression that matches ids of one kind, for schemas and docs. */
export function idPattern(prefix: string): RegExp {
  return new RegExp(`^${prefix}_[1-9][0-9]*$`);
}
