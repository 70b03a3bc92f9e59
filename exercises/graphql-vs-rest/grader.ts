/**
 * Grader for graphql-vs-rest: runs the learner's dashboardViaRest and
 * dashboardViaGraphql against an in-process sandbox through a fetch that counts
 * requests and bytes, for three users. Checks the data (against the grader's own
 * reading of the sandbox), the round trips each way, and the GraphQL query itself
 * (parsed with graphql-js: no over-fetching, the id as a variable). The checks live in ./lib.
 */
import type { GraphQLSchema } from 'graphql';
import { describe, it } from 'vitest';
import { defineGrader } from '../../src/grading/define-grader';
import { expectNoProblems } from '../../src/grading/problems';
import { callDashboard, exportedFunction, type DashboardCall, type Way } from './lib/calls';
import { dataProblems } from './lib/check-data';
import { overFetchingProblems, sandboxSchema, variableProblems } from './lib/check-query';
import { graphqlRequestProblems, restRequestProblems } from './lib/check-requests';
import { expectedDashboard } from './lib/expected';
import { createGradingSandbox } from './lib/sandbox-fetch';

export default defineGrader('typescript', (submission) => {
  const exports = submission.exports ?? {};
  // One sandbox and one round of calls per grading run, made by the first check that needs
  // them and shared by the rest, so every check judges the same calls.
  let run: Promise<{ calls: Record<Way, DashboardCall[]>; expected: Map<string, UserDashboard>; schema: GraphQLSchema }> | undefined;
  const results = () =>
    (run ??= (async () => {
      const { sandbox, userIds } = await createGradingSandbox();
      const expected = new Map<string, UserDashboard>();
      for (const id of userIds) expected.set(id, await expectedDashboard(sandbox, id));
      const callAll = async (way: Way) => {
        const fn = exportedFunction(exports, way);
        const calls: DashboardCall[] = [];
        for (const id of userIds) calls.push(await callDashboard(sandbox, fn, way, id));
        return calls;
      };
      const calls = { rest: await callAll('rest'), graphql: await callAll('graphql') };
      return { calls, expected, schema: await sandboxSchema(sandbox) };
    })());

  describe('The functions', () => {
    it('are exported as dashboardViaRest and dashboardViaGraphql', () => {
      exportedFunction(exports, 'rest');
      exportedFunction(exports, 'graphql');
    });
  });

  describe('The data', () => {
    it("dashboardViaRest returns each user's dashboard as the sandbox holds it", async () => {
      const { calls, expected } = await results();
      expectNoProblems(dataProblems(calls.rest, expected));
    });
    it('dashboardViaGraphql returns the same dashboards', async () => {
      const { calls, expected } = await results();
      expectNoProblems(dataProblems(calls.graphql, expected));
    });
  });

  describe('The round trips', () => {
    it('REST reads the resources one GET at a time', async () => expectNoProblems(restRequestProblems((await results()).calls.rest)));
    it('GraphQL asks for the whole dashboard in one POST to /api/graphql', async () => {
      const { calls } = await results();
      expectNoProblems(graphqlRequestProblems(calls.graphql, calls.rest));
    });
  });

  describe('The GraphQL query', () => {
    it('selects only the fields the dashboard shows', async () => {
      const { calls, schema } = await results();
      expectNoProblems(overFetchingProblems(calls.graphql, schema));
    });
    it('passes the user id as a variable, not in the query text', async () => {
      expectNoProblems(variableProblems((await results()).calls.graphql));
    });
  });
});
