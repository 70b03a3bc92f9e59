/**
 * Grader for bff-dashboards: runs the learner's three BFF handlers against the grader's
 * upstream services (users 80 ms, preferences 60 ms, orders 120 ms, recommendations 100 ms)
 * on a virtual clock, for three customers, and checks the contracts (required fields and
 * values), the mobile payload budget, parallel calls, partial failure on mobile and the
 * stability of the partner format. The checks live in ./lib, one module per concern.
 */
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { exportedHandler, HANDLERS, runHandler, type HandlerName, type HandlerRun } from './lib/calls';
import { limitProblems, parallelProblems, sizeProblems } from './lib/check-calls';
import { dataProblems, dateProblems } from './lib/check-data';
import { degradeProblems } from './lib/check-degrade';
import { formatProblems } from './lib/check-partner';
import { dayIn, expectedAdmin, expectedMobile, expectedPartner } from './lib/expected';
import { ORDERS, USER_IDS } from './lib/shop-data';

export default defineGrader('typescript', (submission) => {
  const exports = submission.exports ?? {};
  // One run per handler and customer, made by the first check that needs it and shared by the rest.
  const runs = new Map<HandlerName, Promise<HandlerRun[]>>();
  const runsOf = (name: HandlerName) => {
    if (!runs.has(name)) runs.set(name, Promise.all(USER_IDS.map((id) => runHandler(exports, name, id))));
    return runs.get(name)!;
  };
  const ana = async (name: HandlerName) => (await runsOf(name))[0]!;
  const createdAt = (userId: string, orderId: string) => ORDERS[userId]?.find((order) => order.id === orderId)?.created_at;

  describe('The handlers', () => {
    it('are exported as mobileDashboard, adminDashboard and partnerOrders', () => {
      for (const name of HANDLERS) exportedHandler(exports, name);
    });
  });

  describe('Mobile', () => {
    it('returns first name, avatar, tier, five recent orders and ten recommendations', async () => expectNoProblems(dataProblems(await runsOf('mobileDashboard'), expectedMobile)));
    it("dates each order by the customer's calendar day, not the UTC day", async () => expectNoProblems(dateProblems(await runsOf('mobileDashboard'), dayIn, createdAt)));
    it('stays within the 2 KB payload budget', async () => expectNoProblems(sizeProblems(await ana('mobileDashboard'))));
    it('asks the services for no more than it shows', async () => expectNoProblems(limitProblems(await ana('mobileDashboard'), { 'orders.listOrders': 5, 'products.getRecommendations': 10 })));
    it('calls the services in parallel', async () => expectNoProblems(parallelProblems(await ana('mobileDashboard'))));
    it('still answers when the recommendation service fails, marking that section degraded', async () =>
      expectNoProblems(degradeProblems(await runHandler(exports, 'mobileDashboard', 'usr_ana', ['products.getRecommendations']), 'recommendations', 'recent_orders')));
    it('still answers when the order service fails, marking that section degraded', async () =>
      expectNoProblems(degradeProblems(await runHandler(exports, 'mobileDashboard', 'usr_ana', ['orders.listOrders']), 'recent_orders', 'recommendations')));
  });

  describe('Web admin', () => {
    it('returns the full profile, twenty orders with items, preferences and totals over all orders', async () => expectNoProblems(dataProblems(await runsOf('adminDashboard'), expectedAdmin)));
    it('calls the services in parallel', async () => expectNoProblems(parallelProblems(await ana('adminDashboard'))));
  });

  describe('Partners', () => {
    it('returns the twenty most recent orders in the v1 format', async () => expectNoProblems(dataProblems(await runsOf('partnerOrders'), expectedPartner)));
    it('keeps exactly the v1 fields, snake_case, with UTC instants and integer amounts', async () => expectNoProblems(formatProblems(await runsOf('partnerOrders'))));
    it('calls the services in parallel', async () => expectNoProblems(parallelProblems(await ana('partnerOrders'))));
  });
});
