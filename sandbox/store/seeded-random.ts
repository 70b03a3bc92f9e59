/**
 * The sandbox's dice: a seeded pseudo-random sequence (mulberry32, a small and well-spread
 * 32-bit generator). Everything that should look random but repeat exactly — which payment
 * fails, webhook retry jitter, a gateway's canary split — draws from one of these, so a test or
 * a lab gives the same outcomes run after run for the same seed.
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
