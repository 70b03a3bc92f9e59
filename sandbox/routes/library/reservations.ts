import { createRoute } from '@hono/zod-openapi';
import { createRouter } from '../../env';
import { resourceNotFound } from '../../patterns/errors';
import { resourcePath } from '../../patterns/links';
import { idParamSchema, jsonContent } from '../../schemas/common';
import { errorResponses } from '../../schemas/error';
import { ReservationResponseSchema } from '../../schemas/library';
import type { Store } from '../../store/store';
import { reservationLinks, type LibraryView } from './view';

/** One reservation at its own URL (listed and created under its book): where the member stands. */

const getReservation = createRoute({
  method: 'get',
  path: '/reservations/{id}',
  tags: ['Library'],
  summary: 'Get a reservation',
  description: 'One reservation by id, with its place in the book’s queue.',
  request: { params: idParamSchema('rsv', 'reservation') },
  responses: { 200: jsonContent(ReservationResponseSchema, 'The reservation, with its place in the queue.'), ...errorResponses('resource_not_found', 'internal_error') },
});

/** GET /reservations/{id}. */
export function reservationRoutes(store: Store, view: LibraryView) {
  return createRouter().openapi(getReservation, (c) => {
    const { id } = c.req.valid('param');
    const reservation = store.reservations.get(id);
    if (!reservation) throw resourceNotFound('reservation', id, `${resourcePath('books')}/{id}/reservations`);
    return c.json({ data: view.reservation(reservation), links: reservationLinks(reservation) }, 200);
  });
}
