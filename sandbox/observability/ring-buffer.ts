/**
 * A fixed-size buffer that keeps the newest `capacity` items: once full, each push drops
 * the oldest. Logs and request records live in these, so a sandbox that runs for days
 * under a load test still uses bounded memory.
 */
export class RingBuffer<T> {
  private items: T[] = [];
  /** How many items were ever dropped to make room (since the last clear). */
  dropped = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`RingBuffer capacity must be a positive integer; got ${capacity}.`);
  }

  push(item: T): void {
    this.items.push(item);
    // Trim in batches, not one shift per push: O(1) amortised instead of O(capacity) each time.
    if (this.items.length > this.capacity * 1.25) {
      const excess = this.items.length - this.capacity;
      this.items = this.items.slice(excess);
      this.dropped += excess;
    }
  }

  /** The kept items, oldest first. */
  toArray(): readonly T[] {
    if (this.items.length > this.capacity) {
      this.dropped += this.items.length - this.capacity;
      this.items = this.items.slice(this.items.length - this.capacity);
    }
    return this.items;
  }

  clear(): void {
    this.items = [];
    this.dropped = 0;
  }
}
