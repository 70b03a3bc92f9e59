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
  return new RegExp(`^${prefix}_[1-9][0-9]{0,14}$`);
}

/** Sorts rows by the counter in their ids: creation order for ids the sandbox handed out. */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return (idNumber(a.id) ?? 0) - (idNumber(b.id) ?? 0);
}

/**
 * A counter for ids of things that live inside another record (an order's items),
 * so they get the same never-reused, ordered ids as rows of a collection.
 */
export class IdSequence {
  #next: number;

  constructor(
    readonly prefix: string,
    private readonly first: number,
  ) {
    this.#next = first;
  }

  /** The next unused id. */
  next(): string {
    return formatId(this.prefix, this.#next++);
  }

  /** Starts counting from the first number again (after the seed data is restored). */
  reset(): void {
    this.#next = this.first;
  }
}
