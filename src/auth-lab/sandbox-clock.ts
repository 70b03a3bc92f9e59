/**
 * The sandbox's time, which the learner can move: token expiry is judged by the sandbox's
 * clock, so a countdown must count on it too. The helper lives with the header's sandbox
 * controls now (src/sandbox-controls/sandbox-clock.ts); this name stays for the lab's imports.
 */
export { sandboxNowOf } from '../sandbox-controls/sandbox-clock';
