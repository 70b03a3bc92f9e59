/**
 * GraphQL enforces the same order lifecycle as REST: the machine lives in
 * sandbox/patterns/order-lifecycle.ts, and this module only keeps the names GraphQL's
 * resolvers and tests import.
 */
export { canMoveTo, isFinalStatus, nextStatuses, orderLifecycle as orderStatusMachine } from '../../patterns/order-lifecycle';
