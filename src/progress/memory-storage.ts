/**
 * An in-memory Web Storage with an optional quota, for tests and tools that run
 * without a browser. Like browsers, it counts key and value length in UTF-16 code
 * units and throws a `QuotaExceededError` DOMException when a write would not fit.
 */
import type { StorageLike } from './storage';

export interface MemoryStorage extends StorageLike {
  /** A copy of everything stored, for assertions. */
  dump(): Record<string, string>;
}

/** Creates an empty storage; `quota` caps the total characters of keys plus values. */
export function createMemoryStorage(quota = Number.POSITIVE_INFINITY): MemoryStorage {
  const items = new Map<string, string>();
  const used = () => [...items].reduce((sum, [key, value]) => sum + key.length + value.length, 0);
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      const previous = items.get(key);
      const after = used() - (previous === undefined ? 0 : key.length + previous.length) + key.length + value.length;
      if (after > quota) {
        throw new DOMException(`Setting the value of '${key}' exceeded the quota.`, 'QuotaExceededError');
      }
      items.set(key, String(value));
    },
    removeItem: (key) => void items.delete(key),
    dump: () => Object.fromEntries(items),
  };
}
