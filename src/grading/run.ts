/**
 * Runs a grader against a parsed submission and reports in the one results shape
 * (src/grading/results.ts). Environment-agnostic: the worker, the CLI and the
 * meta-tests all call this. Checks run one after another, in registration order.
 */
import type { ExerciseKind } from '../content/schema';
import type { Grader } from './define-grader';
import { errorResults } from './error-results';
import type { CheckResult, GradeResults } from './results';
import { captureConsole } from './runtime/capture-console';
import { collectChecks, type CollectedCheck } from './runtime/collector';
import { recordedMessages, startRecordingMessages } from './runtime/expect';
import { CheckTimeoutError, describeFailure } from './runtime/failure-message';
import { takeBlockedAttempts } from './runtime/learner-scope';
import type { Submission } from './submission';
import { unhandledRejectionMessage, watchUnhandledRejections } from './runtime/unhandled-rejections';

export interface RunOptions {
  /** Time limit for each check that returns a promise; a grader can override it per check. Default 2000 ms. */
  checkTimeoutMs?: number;
}

export const defaultCheckTimeoutMs = 2000;

function withTimeout(work: Promise<unknown>, ms: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = ms / 1000;
      reject(
        new CheckTimeoutError(
          `This check was stopped after ${seconds} second${seconds === 1 ? '' : 's'} without finishing. Look for a promise that never settles: a missing await, or a resolve that is never called.`,
        ),
      );
    }, ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

async function runCheckBody(check: CollectedCheck): Promise<void> {
  for (const hook of check.beforeEach) await hook();
  try {
    await check.fn();
  } finally {
    for (const hook of check.afterEach) await hook();
  }
}

// Exercism's interface limits a check's output to 500 characters.
const outputLimit = 500;

function limitOutput(output: string | null): string | null {
  if (output === null || output.length <= outputLimit) return output;
  return `${output.slice(0, outputLimit)}\n… (output cut at ${outputLimit} characters)`;
}

async function runCheck(check: CollectedCheck, defaultTimeoutMs: number): Promise<CheckResult> {
  startRecordingMessages();
  takeBlockedAttempts();
  const unhandled = watchUnhandledRejections();
  const { result, output } = await captureConsole(() => withTimeout(runCheckBody(check), check.timeoutMs ?? defaultTimeoutMs));
  const leftUnhandled = await unhandled.finish();
  let { status, message } = result.status === 'fulfilled' ? { status: 'pass' as const, message: null as string | null } : describeFailure(result.reason, recordedMessages());
  if (status === 'pass' && leftUnhandled.length > 0) ({ status, message } = { status: 'fail', message: unhandledRejectionMessage(leftUnhandled[0]) });
  // A blocked capability fails the check even when the code caught the error (reported, not obeyed).
  const [blocked] = takeBlockedAttempts();
  if (blocked) ({ status, message } = { status: 'fail', message: blocked });
  return { name: check.path.join(' > '), status, message, output: limitOutput(output), task_id: check.taskId };
}

/** Collects the grader's checks for `submission`, runs each, and returns Exercism v3 results. */
export async function runGrader<K extends ExerciseKind>(grader: Grader<K>, submission: Submission<K>, options: RunOptions = {}): Promise<GradeResults> {
  let checks: CollectedCheck[];
  try {
    // The grader's own console output while collecting is not part of any check.
    const collected = await captureConsole(() => collectChecks(() => grader.define(submission)));
    if (collected.result.status === 'rejected') throw collected.result.reason;
    checks = collected.result.value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return errorResults(`The grader could not set up its checks, so none ran: ${reason}`);
  }
  // Learner code the grader called while registering its checks is reported like a check's.
  const [blockedWhileCollecting] = takeBlockedAttempts();
  if (blockedWhileCollecting) return errorResults(blockedWhileCollecting);
  if (checks.length === 0) {
    return errorResults('This grader defines no checks. Register at least one with it(...) inside the function given to defineGrader.');
  }

  const tests: CheckResult[] = [];
  for (const check of checks) tests.push(await runCheck(check, options.checkTimeoutMs ?? defaultCheckTimeoutMs));
  const status = tests.every((test) => test.status === 'pass') ? 'pass' : 'fail';
  return { version: 3, status, message: null, tests };
}
