/**
 * The gateway's dice: weighted picks and percentages over the sandbox's seeded sequence, so a
 * canary split or a fault percentage gives the same outcomes run after run, in tests and in the lab.
 */
import { seededRandom } from '../store/seeded-random';

export { seededRandom };

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
