/**
 * vitest's own `expect`, built from @vitest/expect on chai, the way vitest builds it.
 * @vitest/expect exports the matchers as chai plugins but no ready `expect`, and it
 * re-exports the chai instance it extends, so we use that one (never a second chai).
 */
import {
  ASYMMETRIC_MATCHERS_OBJECT,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  addCustomEqualityTesters,
  chai,
  customMatchers,
  getState,
  setState,
  type ExpectStatic,
} from '@vitest/expect';

// chai.use skips plugins it has seen, so this is harmless inside vitest itself.
chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(JestAsymmetricMatchers);
// The matcher detail follows the grader's message; chai's default (40 characters)
// shortens most values to "[ Array(1) ]", which tells the learner nothing.
chai.config.truncateThreshold = 400;

const messagesSlot = Symbol.for('api-design-workbench.expect-messages');
type GlobalWithMessages = typeof globalThis & { [messagesSlot]?: string[] };

/**
 * Starts recording the custom messages given to `expect(value, message)`.
 * The runner calls this before each check: chai prefixes a failure with the custom
 * message, and knowing the exact text lets the runner show it apart from the detail.
 */
export function startRecordingMessages(): void {
  (globalThis as GlobalWithMessages)[messagesSlot] = [];
}

/** The custom messages recorded since `startRecordingMessages`, newest last. */
export function recordedMessages(): readonly string[] {
  return (globalThis as GlobalWithMessages)[messagesSlot] ?? [];
}

function createExpect(): ExpectStatic {
  const expect = ((value: unknown, message?: string) => {
    if (typeof message === 'string' && message.length > 0) {
      (globalThis as GlobalWithMessages)[messagesSlot]?.push(message);
    }
    const { assertionCalls = 0 } = getState(expect) ?? {};
    setState({ assertionCalls: assertionCalls + 1 }, expect);
    return chai.expect(value, message);
  }) as ExpectStatic;
  Object.assign(expect, chai.expect);
  Object.assign(expect, (globalThis as Record<symbol, unknown>)[ASYMMETRIC_MATCHERS_OBJECT]);
  expect.getState = () => getState(expect);
  expect.setState = (state) => setState(state, expect);
  setState(
    {
      assertionCalls: 0,
      isExpectingAssertions: false,
      isExpectingAssertionsError: null,
      expectedAssertionsNumber: null,
      expectedAssertionsNumberErrorGen: null,
      currentTestName: '',
    },
    expect,
  );
  const extendable = expect as ExpectStatic & { assert: typeof chai.assert; addEqualityTesters: typeof addCustomEqualityTesters; unreachable: (message?: string) => never };
  extendable.assert = chai.assert;
  expect.extend = (matchers) => (chai.expect as unknown as { extend: (e: ExpectStatic, m: typeof matchers) => void }).extend(expect, matchers);
  extendable.addEqualityTesters = addCustomEqualityTesters;
  extendable.unreachable = (message?: string) => {
    chai.assert.fail(message ? `expected "${message}" not to be reached` : 'expected not to be reached');
  };
  expect.extend(customMatchers);
  return expect;
}

/** vitest's `expect`: the same matchers, messages and asymmetric matchers. */
export const expect: ExpectStatic = createExpect();
