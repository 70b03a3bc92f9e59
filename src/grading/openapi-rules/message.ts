/**
 * Building messages that name every offender without turning into a wall of text.
 */

/** Joins items with "; ", showing at most `max` and counting the rest: `a; b; c; and 4 more`. */
export function listOf(items: string[], max = 3): string {
  if (items.length <= max) return items.join('; ');
  return `${items.slice(0, max).join('; ')}; and ${items.length - max} more`;
}

/** Joins a few names in prose: `a`, `a and b`, `a, b and 3 more`. */
export function namesOf(items: string[], max = 3): string {
  if (items.length <= 1) return items.join('');
  if (items.length <= max) return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
