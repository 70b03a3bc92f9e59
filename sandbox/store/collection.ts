import { byId, formatId, idNumber } from './ids';

/**
 * One in-memory table: rows ordered by id, ids from a counter that never reuses a
 * number for a new row (a deleted `usr_2` stays gone; the next user is `usr_5`).
 *
 * The table also remembers its history as versions: every insert and delete is one
 * version, and a deleted row leaves a tombstone. That lets a list be read *as it stood*
 * at an earlier version (see `listing().at`), which is what keeps page-numbered
 * pagination from skipping rows when others are deleted between two pages.
 */

/** Versions during which a row existed: from `from` (inclusive) to `to` (exclusive). */
interface Span {
  from: number;
  to?: number;
}

interface Entry<T> {
  /** The row's latest data; for a deleted row, its data when it was deleted. */
  row: T;
  /** Usually one span; more when a deleted id was created again with PUT. */
  spans: Span[];
}

/** One row of a list as it stood at a version, and whether it still exists now. */
export interface Slot<T> {
  row: T;
  exists: boolean;
}

/** What pagination needs from a list: the rows now, and the rows as of an earlier version. */
export interface Listing<T> {
  /** The rows that exist now, in id order. */
  rows: T[];
  /** The current version: pass it to `at` later to see the list as it is now. */
  version: number;
  /** The rows that existed at `version`, in id order, each saying whether it still exists. */
  at(version: number): Slot<T>[];
}

/** A listing of rows that have no history (e.g. the items inside one order). */
export function plainListing<T extends { id: string }>(rows: readonly T[]): Listing<T> {
  const sorted = [...rows].sort(byId);
  return { rows: sorted, version: 0, at: () => sorted.map((row) => ({ row, exists: true })) };
}

export class Collection<T extends { id: string }> {
  #entries = new Map<string, Entry<T>>();
  #next = 1;
  #version = 0;

  /** `seed` returns fresh rows each time it is called, so reset() can't share objects. */
  constructor(
    readonly prefix: string,
    private readonly seed: () => T[],
  ) {
    this.reset();
  }

  /** Puts the seed rows back, forgets all history and rewinds the id counter. */
  reset(): void {
    const rows = this.seed();
    this.#entries = new Map(rows.map((row) => [row.id, { row, spans: [{ from: 0 }] }]));
    this.#next = Math.max(0, ...rows.map((row) => idNumber(row.id) ?? 0)) + 1;
    this.#version = 0;
  }

  /** Every row that exists, in id order (creation order for rows made with insert). */
  all(): T[] {
    return this.#live().map((entry) => entry.row);
  }

  get(id: string): T | undefined {
    const entry = this.#entries.get(id);
    return entry && isLive(entry) ? entry.row : undefined;
  }

  /** Stores a new row under the next id and returns it. */
  insert(fields: Omit<T, 'id'>): T {
    const row = { id: formatId(this.prefix, this.#next++), ...fields } as T;
    this.#entries.set(row.id, { row, spans: [{ from: ++this.#version }] });
    return row;
  }

  /**
   * Stores `fields` under an id the client chose (PUT): replaces the row when it exists,
   * creates it otherwise. The id counter moves past it, so insert never hands it out again.
   */
  put(id: string, fields: Omit<T, 'id'>): { row: T; created: boolean } {
    const row = { id, ...fields } as T;
    const entry = this.#entries.get(id);
    if (entry && isLive(entry)) {
      entry.row = row;
      return { row, created: false };
    }
    const span = { from: ++this.#version };
    if (entry) {
      entry.row = row;
      entry.spans.push(span);
    } else {
      this.#entries.set(id, { row, spans: [span] });
    }
    this.#next = Math.max(this.#next, (idNumber(id) ?? 0) + 1);
    return { row, created: true };
  }

  /** Merges `changes` into the row; undefined when there is no such row. */
  update(id: string, changes: Partial<Omit<T, 'id'>>): T | undefined {
    const entry = this.#entries.get(id);
    if (!entry || !isLive(entry)) return undefined;
    // An absent optional field arrives as undefined; it means "leave as is", not "erase".
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    entry.row = { ...entry.row, ...defined, id } as T;
    return entry.row;
  }

  /** Deletes the row (keeping a tombstone for listings of earlier versions); false when there was nothing to delete. */
  remove(id: string): boolean {
    const entry = this.#entries.get(id);
    if (!entry || !isLive(entry)) return false;
    entry.spans.at(-1)!.to = ++this.#version;
    return true;
  }

  /** The rows `keep` accepts, now and at earlier versions, for pagination. */
  listing(keep: (row: T) => boolean = () => true): Listing<T> {
    const entries = [...this.#entries.values()].filter((entry) => keep(entry.row)).sort((a, b) => byId(a.row, b.row));
    return {
      rows: entries.filter(isLive).map((entry) => entry.row),
      version: this.#version,
      at: (version) =>
        entries
          .filter((entry) => entry.spans.some((span) => span.from <= version && (span.to === undefined || span.to > version)))
          .map((entry) => ({ row: entry.row, exists: isLive(entry) })),
    };
  }

  #live(): Entry<T>[] {
    return [...this.#entries.values()].filter(isLive).sort((a, b) => byId(a.row, b.row));
  }
}

function isLive(entry: Entry<unknown>): boolean {
  return entry.spans.at(-1)!.to === undefined;
}
