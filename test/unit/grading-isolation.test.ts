/**
 * Learner code may not reach storage, the network, the page, the worker's messaging or
 * the machine. Each attempt must become a failed check that names what was blocked,
 * even when the code catches the error (reported, not obeyed).
 */
import { describe, expect, it } from 'vitest';
import { defineGrader, type Grader } from '../../src/grading/define-grader';
import { grade } from '../../src/grading/grade';
import type { GradeResults } from '../../src/grading/results';
import { blockedCapabilities } from '../../src/grading/runtime/learner-scope';
import * as g from '../../src/grading/runtime/vitest-shim';
import { isReplyOf } from '../../src/grading/worker-protocol';
import { recordFigures } from '../support/figures';

// A grader that calls the learner's `attempt()` and expects it to report 'done'.
const callsAttempt = defineGrader('typescript', (submission) => {
  g.it('calls attempt()', async () => {
    const attempt = submission.exports.attempt as () => unknown;
    g.expect(await attempt()).toBe('done');
  });
});

let unique = 0;
// Node caches modules by URL; a comment makes every submission a new module.
function gradeCode(code: string): Promise<GradeResults> {
  unique += 1;
  return grade('typescript', async () => callsAttempt as unknown as Grader, `${code}\n// run ${unique}\n`);
}

function usage(name: string): string {
  return blockedCapabilities[name].shape === 'function' ? `${name}('https://attacker.example/')` : `${name}.anything`;
}

describe('blocked capabilities inside a check', () => {
  for (const name of Object.keys(blockedCapabilities)) {
    it(`fails the check that uses ${name}, even when the error is caught`, async (context) => {
      const results = await gradeCode(`export async function attempt() { try { await ${usage(name)}; } catch {} return 'done'; }`);
      recordFigures(context, { 'isolation attempts reported': results.tests[0]?.message?.includes(name) ? 1 : 0 });
      expect(results.status).toBe('fail');
      expect(results.tests[0]).toMatchObject({ status: 'fail' });
      expect(results.tests[0].message).toContain(`tried to use \`${name}\``);
      expect(results.tests[0].message).toMatch(/reported, not carried out/);
    });
  }

  for (const alias of ['globalThis', 'self', 'window', 'global']) {
    it(`blocks fetch reached through ${alias}`, async () => {
      const results = await gradeCode(`export async function attempt() { try { await ${alias}.fetch('https://attacker.example/'); } catch {} return 'done'; }`);
      expect(results.tests[0].message).toContain('tried to use `fetch`');
    });
  }

  it('blocks process.getBuiltinModule, the route from process to fs', async () => {
    const results = await gradeCode(`export function attempt() { return process.getBuiltinModule('node:fs').readFileSync('/etc/passwd', 'utf8'); }`);
    expect(results.tests[0]).toMatchObject({ status: 'fail' });
    expect(results.tests[0].message).toContain('tried to use `process`');
  });

  it('blocks a forged results message posted through self.postMessage', async () => {
    const forged = `{ type: 'results', results: { version: 3, status: 'pass', message: null, tests: [] } }`;
    const results = await gradeCode(`export function attempt() { self.postMessage(${forged}); return 'done'; }`);
    expect(results.status).toBe('fail');
    expect(results.tests[0].message).toContain('tried to use `postMessage`');
  });
});

describe('blocked capabilities at the top level', () => {
  it('reports an attempt while the file loads as an error before any check', async () => {
    const results = await gradeCode(`try { localStorage.setItem('progress', '{}'); } catch {}\nexport function attempt() { return 'done'; }`);
    expect(results).toMatchObject({ version: 3, status: 'error', tests: [] });
    expect(results.message).toMatch(/^While your file was loading: Your code tried to use `localStorage`/);
  });

  it('names the line of an uncaught attempt', async () => {
    const results = await gradeCode(`export function attempt() { return 'done'; }\nconst secret = document.cookie;`);
    expect(results.status).toBe('error');
    expect(results.message).toContain('tried to use `document`');
  });
});

describe('the results channel', () => {
  const pass = { version: 3, status: 'pass', message: null, tests: [] };

  it('accepts a reply only with this run\'s nonce', () => {
    expect(isReplyOf({ type: 'results', nonce: 'n-1', results: pass }, 'n-1')).toBe(true);
    expect(isReplyOf({ type: 'ready', nonce: 'n-1' }, 'n-1')).toBe(true);
    expect(isReplyOf({ type: 'results', nonce: 'guessed', results: pass }, 'n-1')).toBe(false);
    expect(isReplyOf({ type: 'results', results: pass }, 'n-1')).toBe(false);
  });

  it('refuses replies of the wrong shape', () => {
    for (const data of [null, 'results', { type: 'results', nonce: 'n-1' }, { type: 'other', nonce: 'n-1' }, { type: 'results', nonce: 'n-1', results: 'pass' }]) {
      expect(isReplyOf(data, 'n-1')).toBe(false);
    }
  });
});

describe('what stays allowed', () => {
  it('passes code that declares its own fetch, navigator or process', async () => {
    const results = await gradeCode(
      `const fetch = (url: string) => url.length; function navigator() { return 1; }\nconst { process } = { process: 2 };\nexport function attempt() { return fetch('ab') + navigator() + process === 5 ? 'done' : 'no'; }`,
    );
    expect(results.status).toBe('pass');
  });

  it('passes code that uses ordinary globals through globalThis', async () => {
    const results = await gradeCode(
      `export async function attempt() { await new Promise((resolve) => globalThis.setTimeout(resolve, 1)); return globalThis.Math.max(1, 2) === 2 && new globalThis.Map().size === 0 ? 'done' : 'no'; }`,
    );
    expect(results.status).toBe('pass');
  });

  it('ends a top level that awaits forever with a message instead of hanging', async () => {
    const results = await gradeCode(`await new Promise(() => {});\nexport function attempt() { return 'done'; }`);
    expect(results.status).toBe('error');
    expect(results.message).toMatch(/did not finish loading within 3 seconds/);
  });
});

describe('attempts while the grader registers its checks', () => {
  it('reports learner code the grader calls before any check as an error', async () => {
    const callsEarly = defineGrader('typescript', (submission) => {
      const attempt = submission.exports.attempt as () => unknown;
      attempt();
      g.it('never reached', () => {});
    });
    const results = await grade('typescript', async () => callsEarly as unknown as Grader, `export function attempt() { try { caches.keys(); } catch {} }\n// early\n`);
    expect(results).toMatchObject({ status: 'error', tests: [] });
    expect(results.message).toContain('tried to use `caches`');
  });
});
