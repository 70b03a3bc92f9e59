import { z } from '@hono/zod-openapi';
import { idNumber, idPattern } from '../store/ids';

/**
 * Pagination, chapter 1 style: `limit` (bounded, so no client can ask for everything
 * at once) and `starting_after=<id>` (the last id of the page you already have).
 * Ids carry an ever-growing counter, so "after usr_2" still means something when
 * usr_2 has been deleted in the meantime: the next page never skips or repeats rows.
 */

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** The query parameters of a list of `prefix`-ids (e.g. `usr` for users). */
export function pageQuerySchema(prefix: string, noun: string) {
  return z.object({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_LIMIT)
      .default(DEFAULT_LIMIT)
      .openapi({ description: `How many ${noun}s to return, from 1 to ${MAX_LIMIT}.`, example: 10 }),
    starting_after: z
      .string()
      .regex(idPattern(prefix), { error: `starting_after must be a ${noun} id such as ${prefix}_1: the id of the last item of the page you already have.` })
      .optional()
      .openapi({ description: `Return the ${noun}s that come after this id (the last id of the previous page).`, example: `${prefix}_1` }),
  });
}

export type PageQuery = z.infer<ReturnType<typeof pageQuerySchema>>;

export interface Page<T> {
  items: T[];
  hasMore: boolean;
}

/** Cuts one page out of rows that are in creation (= id) order. */
export function paginate<T extends { id: string }>(rows: readonly T[], query: PageQuery): Page<T> {
  const after = query.starting_after ? idNumber(query.starting_after)! : 0;
  const rest = rows.filter((row) => idNumber(row.id)! > after);
  return { items: rest.slice(0, query.limit), hasMore: rest.length > query.limit };
}
