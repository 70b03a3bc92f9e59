import fc from 'fast-check';
import { describe, it } from 'vitest';
import { recordFigures } from '../support/figures';
import { fuzzSandbox } from './sandbox-fuzz-target';
import { commandArbitraries, expectListMatchesModel, initialModel, type Real } from './sandbox-pagination-model';

/*
 * Model-based fuzz of pagination (fast-check commands): creates, updates, deletes and users
 * batches interleaved with up to three walks through users, products and orders, by cursor
 * and by page number. What each walk may and may not show is spelled out in
 * sandbox-pagination-model.ts; after every sequence the lists must also equal the model.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_302);
const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 800);
// A bound so the suite stays fast; FUZZ_TIME_MS lifts it for a longer hunt.
const TIME_LIMIT_MS = Number(process.env.FUZZ_TIME_MS ?? 12_000);

describe('pagination under concurrent changes', () => {
  it('never shows a row twice or skips one that existed for the whole walk, in any interleaving', { timeout: TIME_LIMIT_MS + 45_000 }, async (context) => {
    let sequences = 0;
    let pages = 0;
    let walks = 0;
    let failures = 1; // until fast-check says otherwise
    console.log(`[fuzz] seed ${SEED} (set FUZZ_SEED to change it, FUZZ_RUNS and FUZZ_TIME_MS for a longer hunt)`);
    try {
      await fc.assert(
        fc.asyncProperty(fc.commands(commandArbitraries(), { maxCommands: 40 }), async (commands) => {
          sequences++;
          const real: Real = { sandbox: fuzzSandbox(), made: 0, walksDone: 0, pagesRead: 0 };
          const model = await initialModel(real);
          try {
            await fc.asyncModelRun(() => ({ model, real }), commands);
            // Walks still open are read to their end, so their promises are checked too.
            while (model.walks.length > 0) {
              const [step] = fc.sample(commandArbitraries().at(-1)!, 1);
              await step!.run(model, real);
            }
            await expectListMatchesModel(model, real);
          } finally {
            pages += real.pagesRead;
            walks += real.walksDone;
          }
        }),
        { seed: SEED, numRuns: NUM_RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS },
      );
      failures = 0;
    } finally {
      console.log(`[fuzz] ${sequences} sequences, ${walks} walks finished, ${pages} pages read`);
      recordFigures(context, { 'stateful sequences run': sequences, 'failures found': failures });
    }
  });
});
