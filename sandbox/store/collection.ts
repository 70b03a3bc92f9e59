import { formatId, idNumber } from './ids';

/**
 * One in-memory table: rows in creation order, ids from a counter that never
 * reuses a number (a deleted `usr_2` stays gone; the next user is `usr_5`).
 */
export class Collection<T extends { id: string }> {
  #rows = new Map<string, T>();
  #next = 1;

  /** `seed` returns fresh rows each time it is called, so reset() can't share objects. */
  constructor(
    readonly prefix: string,
    private readonly seed: () => T[],
  ) {
    this.reset();
  }

  /** Puts the seed rows back and rewinds the id counter. */
  reset(): void {
    const rows = this.seed();
    this.#rows = new Map(rows.map((row) => [row.id, row]));
    this.#next = Math.max(0, ...rows.map((row) => idNumber(row.id) ?? 0)) + 1;
  }

  /** Every row, oldest first. */
  all(): T[] {
    return [...this.#rows.values()];
  }

  get(id: string): T | undefined {
    return this.#rows.get(id);
  }

  /** Stores a new row under the next id and returns it. */
  insert(fields: Omit<T, 'id'>): T {
    const row = { ...fields, id: formatId(this.prefix, this.#next++) } as T;
    this.#rows.set(row.id, row);
    return row;
  }

  /** Merges `changes` into the row; undefined when there is no such row. */
  update(id: string, changes: Partial<Omit<T, 'id'>>): T | undefined {
    const current = this.#rows.get(id);
    if (!current) return undefined;
    // An absent optional field arrives as undefined; it means "leave as is", not "erase".
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    const next = { ...current, ...defined, id } as T;
    this.#rows.set(id, next);
    return next;
  }

  /** Deletes the row; false when there was nothing to delete. */
  remove(id: string): boolean {
    return this.#rows.delete(id);
  }
}
