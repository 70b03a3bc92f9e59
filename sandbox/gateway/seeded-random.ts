/**
 * The gateway's dice: a seeded pseudo-random sequence (mulberry32), so a canary split or a
 * fault percentage gives the same outcomes run after run, in tests and in the lab.
 */

/** A function returning numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one item by integer weight (weights add up to 100 in a gateway document). */
export function pickWeighted<T extends { weight: number }>(items: readonly T[], random: () => number): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = random() * total;
  for (const item of items) {
    if (roll < item.weight) return item;
    roll -= item.weight;
  }
  return items[items.length - 1]!;
}

/** True for `percentage` percent of calls (0..100). */
export function happens(percentage: number, random: () => number): boolean {
  return random() * 100 < percentage;
}
