import { createRouter } from '../../env';
import type { Clock } from '../../store/clock';
import type { Store } from '../../store/store';
import { authorRoutes } from './authors';
import { bookRoutes } from './books';
import { loanRoutes } from './loans';
import { memberRoutes } from './members';
import { reservationRoutes } from './reservations';
import { lendingRules } from './rules';
import { libraryView } from './view';

/**
 * The library (chapter 2's design exercise, as a running API): authors, books, members,
 * loans and reservations, sharing one set of lending rules.
 */
export function libraryRoutes(store: Store, clock: Clock) {
  const rules = lendingRules(store, clock);
  const view = libraryView(rules, clock);
  return createRouter()
    .route('/', authorRoutes(store, clock, view))
    .route('/', bookRoutes(store, clock, rules, view))
    .route('/', memberRoutes(store, clock, view))
    .route('/', loanRoutes(store, clock, rules, view))
    .route('/', reservationRoutes(store, view));
}
