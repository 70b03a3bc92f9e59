import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFigures } from '../support/figures';
import { openApiDocument, pathTemplate } from '../sandbox/support';
import { sendFuzzed, type FuzzRequest } from './sandbox-fuzz-harness';
import { fuzzSandbox, withRealTokens } from './sandbox-fuzz-target';
import { prototypeViolations, storeViolations } from './sandbox-invariants';
import { requestArbitrary, type Operation } from './sandbox-request-arbitrary';
import type { JsonSchema } from './sandbox-schema-arbitrary';

/*
 * Every operation in the sandbox's own /openapi.json, fuzzed in sequences on a fresh sandbox:
 * no answer is a 5xx, every error is in the error envelope, every answer is one the document
 * promises, and the data behind the API keeps its invariants after every sequence.
 *
 * The switches that inject faults on purpose are left alone, so a 5xx is always a bug: the payment
 * provider's faults, the BFF upstreams' faults, the webhook inbox's faults, the gateway's traffic
 * policy, and the contract lab's deliberate breaking changes (which make answers differ from the document).
 */

const FAULT_SWITCHES = new Set([
  'PUT /api/v1/sandbox/payment-provider',
  'PUT /api/v1/sandbox/bff/upstreams',
  'PUT /api/v1/sandbox/webhook-inbox/{inbox}',
  'PUT /api/v1/sandbox/gateway/config',
  'PUT /api/v1/sandbox/provider-variants',
]);

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_301);
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 500);
// A bound so the suite stays fast; FUZZ_TIME_MS lifts it for a longer hunt.
const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_MS ?? 14_000);

async function documentedOperations(): Promise<{ operations: Operation[]; components: Record<string, JsonSchema> }> {
  const document = (await openApiDocument()) as unknown as { paths: Record<string, Record<string, any>>; components: { schemas: Record<string, JsonSchema> } };
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (FAULT_SWITCHES.has(`${method.toUpperCase()} ${template}`)) continue;
      const content = operation.requestBody?.content as Record<string, { schema: JsonSchema }> | undefined;
      operations.push({
        method: method.toUpperCase(),
        template,
        parameters: operation.parameters ?? [],
        ...(content && { body: Object.fromEntries(Object.entries(content).map(([type, media]) => [type, media.schema])) }),
      });
    }
  }
  return { operations, components: document.components.schemas };
}

interface Finding {
  message: string;
  sequence: FuzzRequest[];
}

describe('fuzzing every route of /openapi.json', () => {
  it('answers every fuzzed request sequence without a 5xx, outside the envelope or the document, and keeps the store consistent', { timeout: TIME_LIMIT_MS + 45_000 }, async (context) => {
    const { operations, components } = await documentedOperations();
    const document = await openApiDocument();
    const sequence = fc.array(fc.oneof(...operations.map((operation) => requestArbitrary(operation, components))), { minLength: 1, maxLength: 8 });
    const findings: Finding[] = [];
    // Documented operations that got an answer other than 404/405, i.e. that the fuzz reached.
    const reached = new Set<string>();
    const statuses: Record<string, number> = {};
    let requests = 0;
    let sequences = 0;
    const started = performance.now();

    console.log(`[fuzz] seed ${SEED} (set FUZZ_SEED to change it, FUZZ_RUNS and FUZZ_TIME_MS for a longer hunt), ${operations.length} operations`);
    await fc.assert(
      // Findings are collected, not thrown: the run reports every distinct failure and counts them for the figures.
      fc.asyncProperty(sequence, async (steps) => {
        sequences++;
        const sandbox = fuzzSandbox();
        for (const request of steps) {
          const sent = { ...request, headers: await withRealTokens(sandbox, request.headers) };
          const sentAt = performance.now();
          const answer = await sendFuzzed(sandbox, sent);
          const took = performance.now() - sentAt;
          if (process.env.FUZZ_DUMP && took > 150) console.log(`[slow] ${Math.round(took)} ms ${request.method} ${request.path.slice(0, 120)} body ${request.body?.length ?? 0} → ${answer.status}`);
          requests++;
          const statusClass = `${String(answer.status)[0]}xx`;
          statuses[statusClass] = (statuses[statusClass] ?? 0) + 1;
          if (![404, 405].includes(answer.status)) reached.add(`${request.method} ${pathTemplate(document, request.path)}`);
          for (const message of answer.findings) findings.push({ message, sequence: steps });
        }
        for (const message of [...storeViolations(sandbox.store, sandbox.runtime), ...prototypeViolations()]) findings.push({ message, sequence: steps });
      }),
      { seed: SEED, numRuns: NUM_RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS },
    );

    const unique = [...new Map(findings.map((finding) => [finding.message.slice(0, 160), finding])).values()];
    recordFigures(context, { 'requests fuzzed': requests, 'failures found': unique.length });
    console.log(`[fuzz] ${sequences} sequences, ${requests} requests, ${operations.filter((operation) => reached.has(`${operation.method} ${operation.template}`)).length} of ${operations.length} operations reached in ${Math.round(performance.now() - started)} ms; answers ${JSON.stringify(statuses)}`);
    if (process.env.FUZZ_DUMP) for (const finding of unique) console.log(`[finding] ${finding.message.slice(0, 400)}`);
    const report = unique.slice(0, 15).map((finding) => `${finding.message}\n    after: ${finding.sequence.map((request) => `${request.method} ${request.path.slice(0, 100)}`).join(' → ')}`);
    expect(report, `seed ${SEED}: ${unique.length} distinct failures`).toEqual([]);
  });
});
